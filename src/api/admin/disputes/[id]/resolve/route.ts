import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminDisputeResponse } from "../../../../../types/http"
import { resolveDisputeWorkflow } from "../../../../../workflows/disputes"
import { refetchDisputeSummary } from "../../../../utils/disputes"
import type { AdminResolveDisputeType } from "../../validators"

/**
 * Resolves the dispute (full or partial refund, reversal of the return
 * decision) or rejects it citing a policy template. A dispute is resolved
 * once: a second call, or a concurrent one, is refused.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminResolveDisputeType>,
  res: MedusaResponse<AdminDisputeResponse>
) => {
  await refetchDisputeSummary(req.params.id, req.scope)
  await resolveDisputeWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      kind: req.validatedBody.kind,
      amount: req.validatedBody.amount ?? null,
      policy_template_id: req.validatedBody.policy_template_id ?? null,
      note: req.validatedBody.note ?? null,
      resolved_by: req.auth_context.actor_id,
    },
  })
  res.json({ dispute: await refetchDisputeSummary(req.params.id, req.scope) })
}
