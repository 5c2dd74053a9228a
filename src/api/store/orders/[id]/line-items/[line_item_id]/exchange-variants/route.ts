import type { StoreExchangeVariantsResponse } from "../../../../../../../types/http"
import type { StoreRoute } from "../../../../../../utils/http"
import { searchExchangeVariantsWorkflow } from "../../../../../../../workflows/exchanges"
import type { StoreGetExchangeVariantsParamsType } from "../../../../validators"

/**
 * What a line of the customer's order can be exchanged for from any
 * product ("exchange for something else"): a page of in-stock variants of
 * the order's sales channel, searched by product title (`q`), priced with
 * the line's tax rate and within the line's credit. A policy without
 * exchanges is a 400 with its reason; another customer's order a 404.
 */
export const GET: StoreRoute<
  StoreExchangeVariantsResponse,
  unknown,
  StoreGetExchangeVariantsParamsType
> = async (req, res) => {
  const { q, limit, offset } = req.validatedQuery
  const { result } = await searchExchangeVariantsWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      line_item_id: req.params.line_item_id,
      q,
      limit,
      offset,
    },
  })
  res.json(result)
}
