import type { StoreRoute } from "../../utils/http"
import type { StoreDisputeResponse } from "../../../types/http"
import { openDisputeWorkflow } from "../../../workflows/disputes"
import { refetchStoreDisputeSummary } from "../../utils/disputes"
import type { StoreCreateDisputeType } from "./validators"

/**
 * A customer disputes the outcome of one of their return requests, or an
 * order of theirs. Someone else's order or request is "not found".
 */
export const POST: StoreRoute<
  StoreDisputeResponse,
  StoreCreateDisputeType
> = async (req, res) => {
  const customerId = req.auth_context.actor_id
  const { result } = await openDisputeWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      customer_id: customerId,
      opened_by_type: "customer",
      opened_by: customerId,
    },
  })
  res.json({
    dispute: await refetchStoreDisputeSummary(result.id, customerId, req.scope),
  })
}
