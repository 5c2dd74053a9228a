import type { AdminLoyaltyAccountResponse } from "../../../../../types/http"
import type { AdminRoute } from "../../../../utils/http"
import { assertCustomerExists, refetchAccount } from "../helpers"

/** One customer's standing and tier history; `account: null` if none yet. */
export const GET: AdminRoute<AdminLoyaltyAccountResponse> = async (
  req,
  res
) => {
  await assertCustomerExists(req.params.customer_id, req.scope)
  const account = await refetchAccount(req.params.customer_id, req.scope)
  res.json({ account })
}
