import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  lockTierWorkflow,
  unlockTierWorkflow,
} from "../../../../../../workflows/loyalty"
import { assertCustomerExists, refetchAccount } from "../../helpers"
import type { AdminLockTierType } from "../../validators"

/** Locks the customer on a tier until `expires_at` (or until unlocked). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminLockTierType>,
  res: MedusaResponse
) => {
  await assertCustomerExists(req.params.customer_id, req.scope)
  await lockTierWorkflow(req.scope).run({
    input: {
      customer_id: req.params.customer_id,
      tier_id: req.validatedBody.tier_id,
      reason: req.validatedBody.reason,
      expires_at: req.validatedBody.expires_at ?? null,
      locked_by: req.auth_context.actor_id,
    },
  })
  const account = await refetchAccount(req.params.customer_id, req.scope)
  res.json({ account })
}

/** Lifts the lock; the customer is re-evaluated at once. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await assertCustomerExists(req.params.customer_id, req.scope)
  await unlockTierWorkflow(req.scope).run({
    input: {
      customer_id: req.params.customer_id,
      unlocked_by: req.auth_context.actor_id,
    },
  })
  const account = await refetchAccount(req.params.customer_id, req.scope)
  res.json({ account })
}
