import type { StoreReturnEligibilityResponse } from "../../../../../types/http"
import type { StoreRoute } from "../../../../utils/http"
import { getReturnEligibilityWorkflow } from "../../../../../workflows/return-policy"
import type { StoreGetReturnEligibilityParamsType } from "../../validators"

/**
 * The signed-in customer's order, line by line: what can be returned, until
 * when, at what fee and refund, and whether it would be approved at once.
 */
export const GET: StoreRoute<
  StoreReturnEligibilityResponse,
  unknown,
  StoreGetReturnEligibilityParamsType
> = async (req, res) => {
  const { result } = await getReturnEligibilityWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      return_shipping_option_id: req.validatedQuery.return_shipping_option_id,
    },
  })
  res.json({ eligibility: result })
}
