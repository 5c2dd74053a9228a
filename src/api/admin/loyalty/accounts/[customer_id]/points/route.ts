import type { LoyaltyPointsEntryListResponse } from "../../../../../../types/http"
import {
  listCustomerLedger,
  type LedgerListParamsType,
} from "../../../../../utils/customer-ledger"
import type { AdminRoute } from "../../../../../utils/http"
import { assertCustomerExists } from "../../helpers"

/** One customer's points ledger, newest first. */
export const GET: AdminRoute<
  LoyaltyPointsEntryListResponse,
  unknown,
  LedgerListParamsType
> = async (req, res) => {
  await assertCustomerExists(req.params.customer_id, req.scope)
  res.json(await listCustomerLedger(req, req.params.customer_id))
}
