import type { StoreRoute } from "../../../../utils/http"
import type { StoreDisputeResponse } from "../../../../../types/http"
import { rateDisputeWorkflow } from "../../../../../workflows/disputes"
import { refetchStoreDisputeSummary } from "../../../../utils/disputes"
import type { StoreRateDisputeType } from "../../validators"

/** The customer rates a resolved or rejected dispute, once. */
export const POST: StoreRoute<
  StoreDisputeResponse,
  StoreRateDisputeType
> = async (req, res) => {
  const customerId = req.auth_context.actor_id
  await rateDisputeWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      customer_id: customerId,
      rating: req.validatedBody.rating,
      comment: req.validatedBody.comment ?? null,
    },
  })
  res.json({
    dispute: await refetchStoreDisputeSummary(
      req.params.id,
      customerId,
      req.scope
    ),
  })
}
