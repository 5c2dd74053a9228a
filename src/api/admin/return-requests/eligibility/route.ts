import type { AdminCsrEligibilityResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import { canOverrideReturnPolicy } from "../../../../workflows/return-policy"
import { getEligibilityWithExchangesWorkflow } from "../../../../workflows/exchanges"
import type { AdminGetCsrEligibilityParamsType } from "../validators"

/**
 * Per line of an order: returnable quantity, deadline, days left and why
 * not, fee and refund estimate, with the tier and policy that apply (the
 * storefront's answer); whether the policy allows exchanges (and why not,
 * auto-approval, instant) with each line's exchange options; and whether
 * the signed-in admin may override the policy's outcome.
 */
export const GET: AdminRoute<
  AdminCsrEligibilityResponse,
  unknown,
  AdminGetCsrEligibilityParamsType
> = async (req, res) => {
  const { order_id } = req.validatedQuery as AdminGetCsrEligibilityParamsType
  const [{ result }, canOverride] = await Promise.all([
    getEligibilityWithExchangesWorkflow(req.scope).run({
      input: { order_id },
    }),
    canOverrideReturnPolicy(req.scope, req.auth_context.actor_id),
  ])
  res.json({ ...result, can_override: canOverride })
}
