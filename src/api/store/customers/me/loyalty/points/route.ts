import type { LoyaltyPointsEntryListResponse } from "../../../../../../types/http"
import {
  listCustomerLedger,
  type LedgerListParamsType,
} from "../../../../../utils/customer-ledger"
import type { StoreRoute } from "../../../../../utils/http"

/** The signed-in customer's points ledger, newest first. */
export const GET: StoreRoute<
  LoyaltyPointsEntryListResponse,
  unknown,
  LedgerListParamsType
> = async (req, res) => {
  res.json(await listCustomerLedger(req, req.auth_context.actor_id))
}
