import type { AdminRoute } from "../../../../../utils/http"
import { listCustomerLedger } from "../../../../../utils/customer-ledger"
import { assertCustomerExists } from "../../helpers"
import type { AdminGetAccountPointsParamsType } from "../../validators"

/** One customer's points ledger, newest first. */
export const GET: AdminRoute<
  unknown,
  unknown,
  AdminGetAccountPointsParamsType
> = async (req, res) => {
  await assertCustomerExists(req.params.customer_id, req.scope)
  res.json(
    await listCustomerLedger(
      req.scope,
      req.params.customer_id,
      req.queryConfig.fields,
      req.queryConfig.pagination
    )
  )
}
