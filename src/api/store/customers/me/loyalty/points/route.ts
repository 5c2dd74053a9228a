import type { StoreRoute } from "../../../../../utils/http"
import { listCustomerLedger } from "../../../../../utils/customer-ledger"
import type { StoreGetPointsParamsType } from "../validators"

/** The signed-in customer's points ledger, newest first. */
export const GET: StoreRoute<
  unknown,
  unknown,
  StoreGetPointsParamsType
> = async (req, res) => {
  res.json(
    await listCustomerLedger(
      req.scope,
      req.auth_context.actor_id,
      req.queryConfig.fields,
      req.queryConfig.pagination
    )
  )
}
