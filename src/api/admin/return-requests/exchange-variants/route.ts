import type { AdminExchangeVariantsResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import { searchExchangeVariantsWorkflow } from "../../../../workflows/exchanges"
import type { AdminGetExchangeVariantsParamsType } from "../validators"

/**
 * The CSR form's "exchange for something else": what line `line_item_id`
 * of order `order_id` can be exchanged for from any product, as the
 * storefront's search answers it for the customer (same workflow, any
 * customer's order).
 */
export const GET: AdminRoute<
  AdminExchangeVariantsResponse,
  unknown,
  AdminGetExchangeVariantsParamsType
> = async (req, res) => {
  const { order_id, line_item_id, q, limit, offset } = req.validatedQuery
  const { result } = await searchExchangeVariantsWorkflow(req.scope).run({
    input: { order_id, line_item_id, q, limit, offset },
  })
  res.json(result)
}
