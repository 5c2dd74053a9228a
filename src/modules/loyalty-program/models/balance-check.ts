import { model } from "@medusajs/framework/utils"
import type { LoyaltyReconciliation } from "../types"

/**
 * One run of the balance reconciliation (every account's stored balances
 * against its ledger), kept so the program report shows the latest without
 * summing a large ledger per request: the nightly job runs one, and an
 * admin can run one at any time.
 */
const BalanceCheck = model
  .define("loyalty_balance_check", {
    id: model.id({ prefix: "lbchk" }).primaryKey(),
    accounts_checked: model.number(),
    mismatched: model.number(),
    accuracy: model.float(),
    // The first 100 mismatching accounts, as reconcileBalances lists them.
    mismatches: model.json<LoyaltyReconciliation["mismatches"]>(),
    // "nightly", or the admin user who ran it.
    checked_by: model.text(),
  })
  .indexes([{ on: ["created_at"] }])

export default BalanceCheck
