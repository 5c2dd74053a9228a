import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { loadReturnContextStep } from "../return-policy/steps/load-return-context"
import { getExchangeTermsStep } from "./steps/get-exchange-terms"
import { searchExchangeVariantsStep } from "./steps/search-exchange-variants"

export type SearchExchangeVariantsWorkflowInput = {
  order_id: string
  /** The customer asking: another customer's order is "not found". Staff: unset. */
  customer_id?: string
  line_item_id: string
  q?: string
  limit: number
  offset: number
}

export const searchExchangeVariantsWorkflowId = "search-exchange-variants"

/**
 * One page of what an order line can be exchanged for from any product
 * (`exchange.mode: "any"`): in stock in the order's sales channel, priced
 * with the line's tax rate and within the line's credit, searched by
 * product title. The policy's exchange terms and the line's credit come
 * from the same return context as the preview and the request, so what is
 * listed is what they accept. Read-only.
 *
 * @example
 * const { result } = await searchExchangeVariantsWorkflow(container).run({
 *   input: { order_id, customer_id, line_item_id, q: "tee", limit: 20, offset: 0 },
 * })
 * result.exchange_variants // [{ variant_id, product_title, title, unit_total, available, ... }]
 */
export const searchExchangeVariantsWorkflow = createWorkflow(
  searchExchangeVariantsWorkflowId,
  (input: SearchExchangeVariantsWorkflowInput) => {
    const context = loadReturnContextStep({
      order_id: input.order_id,
      customer_id: input.customer_id,
    })
    const terms = getExchangeTermsStep({ context })
    const page = searchExchangeVariantsStep(
      transform({ input, context, terms }, ({ input, context, terms }) => ({
        context,
        terms,
        line_item_id: input.line_item_id,
        q: input.q,
        limit: input.limit,
        offset: input.offset,
      }))
    )
    return new WorkflowResponse(page)
  }
)
