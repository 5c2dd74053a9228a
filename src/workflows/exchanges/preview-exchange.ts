import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { loadAndEvaluateReturn } from "../return-policy/load-and-evaluate-return"
import { csrPreviewEvaluationStep } from "../return-policy/steps/csr-preview-evaluation"
import { planExchangeStep } from "./steps/plan-exchange"
import { listExchangeOptionsStep } from "./steps/list-exchange-options"
import type { ExchangeRequestItemInput } from "./request-exchange"

export type PreviewExchangeWorkflowInput = {
  order_id: string
  customer_id?: string
  items: ExchangeRequestItemInput[]
  return_shipping_option_id?: string
}

export const previewExchangeWorkflowId = "preview-exchange"

/**
 * What an exchange request would give, without writing anything: the
 * return policy's evaluation, the exchange plan (each line's credit, the
 * new item's price and the difference to pay or to get back) or the
 * reasons it is refused, and the variants each line could be exchanged for.
 *
 * @example
 * const { result } = await previewExchangeWorkflow(container).run({
 *   input: { order_id, customer_id, items: [{ line_item_id, quantity: 1, reason_code: "TOO_SMALL", exchange: { variant_id, mode: "same_product" } }] },
 * })
 */
export const previewExchangeWorkflow = createWorkflow(
  previewExchangeWorkflowId,
  (input: PreviewExchangeWorkflowInput) => {
    const evaluationInput = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      customer_id: input.customer_id,
      return_shipping_option_id: input.return_shipping_option_id,
      refund_method: "original_payment" as const,
      items: input.items.map(({ exchange: _exchange, ...item }) => item),
    }))
    const { context, evaluation } = loadAndEvaluateReturn(
      evaluationInput,
      csrPreviewEvaluationStep
    )
    const planned = planExchangeStep(
      transform({ input, context }, ({ input, context }) => ({
        context,
        answer_refusal: true,
        lines: input.items.map((item) => ({
          line_item_id: item.line_item_id,
          quantity: item.quantity,
          variant_id: item.exchange.variant_id,
          mode: item.exchange.mode,
        })),
      }))
    ).config({ name: "preview-plan-exchange" })
    const options = listExchangeOptionsStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        line_item_ids: input.items.map((i) => i.line_item_id),
      }))
    )
    return new WorkflowResponse(
      transform(
        { evaluation, planned, options },
        ({ evaluation, planned, options }) => ({
          evaluation,
          exchange: {
            allowed: !planned.errors.length,
            reasons: planned.errors,
            auto_approve:
              !planned.errors.length &&
              planned.auto_approve &&
              evaluation.outcome === "auto_approve",
            ...planned.plan,
          },
          options,
        })
      )
    )
  }
)
