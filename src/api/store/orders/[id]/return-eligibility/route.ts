import type { StoreReturnEligibilityResponse } from "../../../../../types/http"
import type { StoreRoute } from "../../../../utils/http"
import { getStoreReturnEligibilityWorkflow } from "../../../../../workflows/return-policy"
import type { StoreGetReturnEligibilityParamsType } from "../../validators"

/**
 * The signed-in customer's order, line by line, as a return page shows it:
 * what can be returned, until when, for what refund, whether it would be
 * approved at once, the reasons and refund methods to pick from, and how
 * the parcel goes back.
 */
export const GET: StoreRoute<
  StoreReturnEligibilityResponse,
  unknown,
  StoreGetReturnEligibilityParamsType
> = async (req, res) => {
  const { result } = await getStoreReturnEligibilityWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      return_shipping_option_id: req.validatedQuery.return_shipping_option_id,
    },
  })
  res.json({ eligibility: result })
}
