import { model } from "@medusajs/framework/utils"
import LoyaltyAccount from "./loyalty-account"

/** Audit of every tier change: who or what, from, to, why. */
const TierChange = model
  .define("loyalty_tier_change", {
    id: model.id({ prefix: "ltch" }).primaryKey(),
    account: model.belongsTo(() => LoyaltyAccount, {
      mappedBy: "tier_changes",
    }),
    from_tier_id: model.text().nullable(),
    to_tier_id: model.text().nullable(),
    changed_by: model.text(),
    reason: model.text(),
  })
  .indexes([{ on: ["account_id", "created_at"] }])

export default TierChange
