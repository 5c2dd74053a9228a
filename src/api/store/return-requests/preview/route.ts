import type { StoreRoute } from "../../../utils/http"
import type { StoreReturnRequestPreviewResponse } from "../../../../types/http"
import {
  predictedOutcome,
  previewReturnRequestWorkflow,
} from "../../../../workflows/return-policy"
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
