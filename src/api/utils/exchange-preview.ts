import type { MedusaContainer } from "@medusajs/framework/types"
import {
  previewExchangeWorkflow,
  type PreviewExchangeWorkflowInput,
} from "../../workflows/exchanges"

/** What `previewExchangeWorkflow` answers. */
export type ExchangePreviewResult = Awaited<
  ReturnType<ReturnType<typeof previewExchangeWorkflow>["run"]>
>["result"]

/**
 * Runs the exchange preview and shapes what the store's and the CSR
 * form's previews both answer: the outcome (the return policy's, refused
 * when the exchange is, approved at once only when the policy
 * auto-approves exchanges), every reason, the plan and each line's
 * options. Each route adds its own view of the items and the outcome.
 *
 * @example
 * const { answer, evaluation } = await previewExchange(req.scope, { order_id, items })
 */
export const previewExchange = async (
  scope: MedusaContainer,
  input: PreviewExchangeWorkflowInput
) => {
  const { result: preview } = await previewExchangeWorkflow(scope).run({
    input,
  })
  const { evaluation } = preview
  return {
    evaluation,
    answer: {
      outcome:
        !preview.exchange.allowed || evaluation.outcome === "reject"
          ? ("reject" as const)
          : preview.exchange.auto_approve
            ? ("auto_approve" as const)
            : ("review" as const),
      reasons: [...evaluation.reasons, ...preview.exchange.reasons],
      refund: evaluation.refund,
      // Both ways are on the store: an exchange keeps the sale.
      free_return_shipping: true,
      exchange: preview.exchange,
      exchange_options: preview.options,
    },
  }
}
