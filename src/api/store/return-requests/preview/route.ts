import type { StoreRoute } from "../../../utils/http"
import type { StoreReturnRequestPreviewResponse } from "../../../../types/http"
import {
  predictedOutcome,
  previewReturnRequestWorkflow,
} from "../../../../workflows/return-policy"
import type { ExchangeRequestItemInput } from "../../../../workflows/exchanges"
import { previewExchange } from "../../../utils/exchange-preview"
import type { StorePreviewReturnRequestType } from "../validators"

/**
 * What sending this return request would do, before it is sent: the
 * outcome and its reasons, each item's eligibility and the refund. Nothing
 * is written; a refusal is an answer (200), not an error.
 */
export const POST: StoreRoute<
  StoreReturnRequestPreviewResponse,
  StorePreviewReturnRequestType
> = async (req, res) => {
  if (req.validatedBody.items[0]?.exchange) {
    const { answer, evaluation } = await previewExchange(req.scope, {
      ...req.validatedBody,
      customer_id: req.auth_context.actor_id,
      items: req.validatedBody.items as ExchangeRequestItemInput[],
    })
    res.json({
      preview: {
        ...answer,
        outcome: predictedOutcome(answer.outcome),
        items: evaluation.items.map((item) => ({
          line_item_id: item.line_item_id,
          eligible: item.eligible,
          reasons: item.reasons,
        })),
      },
    })
    return
  }
  const { result } = await previewReturnRequestWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.json({
    preview: {
      outcome: predictedOutcome(result.outcome),
      reasons: result.reasons,
      items: result.items.map((item) => ({
        line_item_id: item.line_item_id,
        eligible: item.eligible,
        reasons: item.reasons,
      })),
      refund: result.refund,
      free_return_shipping: result.free_return_shipping,
    },
  })
}
