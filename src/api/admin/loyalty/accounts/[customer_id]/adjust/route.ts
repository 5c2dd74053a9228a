import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { adjustPointsWorkflow } from "../../../../../../workflows/loyalty"
import { assertCustomerExists, refetchAccount } from "../../helpers"
import type { AdminAdjustPointsType } from "../../validators"

/** Credits or debits points by hand; the reason goes on the ledger. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAdjustPointsType>,
  res: MedusaResponse
) => {
  await assertCustomerExists(req.params.customer_id, req.scope)
  await adjustPointsWorkflow(req.scope).run({
    input: {
      customer_id: req.params.customer_id,
      points: req.validatedBody.points,
      reason: req.validatedBody.reason,
      created_by: req.auth_context.actor_id,
    },
  })
  const account = await refetchAccount(req.params.customer_id, req.scope)
  res.json({ account })
}
