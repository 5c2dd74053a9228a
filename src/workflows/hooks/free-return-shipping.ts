import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createAndCompleteReturnOrderWorkflow,
  updateReturnShippingMethodWorkflow,
} from "@medusajs/medusa/core-flows"
import { RETURN_POLICY_MODULE } from "../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../modules/return-policy"
import { getCustomerLoyalty } from "../loyalty/steps/get-customer-loyalty"
import { FREE_RETURN_SHIPPING_ATTRIBUTE } from "../return-policy/steps/ensure-free-return-shipping-prices"
import {
  pricingContextOf,
  RETURN_PRICING_CONTEXT_KEY,
} from "../return-policy/return-pricing-context"
import { readPluginOptions } from "../../utils/plugin-options"

const passedPricingContext = (
  additionalData: Record<string, unknown> | undefined
): Record<string, string> | null => {
  const passed = additionalData?.[RETURN_PRICING_CONTEXT_KEY]
  if (!passed || typeof passed !== "object") {
    return null
  }
  const { loyalty_tier_id: tierId, [FREE_RETURN_SHIPPING_ATTRIBUTE]: free } =
    passed as Record<string, unknown>
  return pricingContextOf(
    typeof tierId === "string" ? tierId : null,
    free === "true"
  )
}

/**
 * The pricing context for an order's return shipping (`pricingContextOf`)
 * from the order's customer, their loyalty tier and the policy that
 * applies to them.
 */
export const returnShippingPricingContext = async (
  orderId: string,
  container: MedusaContainer
): Promise<Record<string, string>> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: orderId },
  })
  if (!order?.customer_id) {
    return {}
  }
  const { tier } = await getCustomerLoyalty(container, order.customer_id)
  const tierId = tier?.id ?? null
  const service: ReturnPolicyModuleService =
    container.resolve(RETURN_POLICY_MODULE)
  const policy = await service.retrieveApplicablePolicy(tierId)
  return pricingContextOf(tierId, policy.free_return_shipping)
}

// Medusa accepts one handler per hook: a store that prices return shipping
// with its own handler turns ours off with `returns.free_return_shipping_hook: false`.
if (readPluginOptions().returns?.free_return_shipping_hook !== false) {
  createAndCompleteReturnOrderWorkflow.hooks.setPricingContext(
    async ({ order, additional_data }, { container }) => {
      return new StepResponse(
        passedPricingContext(additional_data) ??
          (await returnShippingPricingContext(order.id, container))
      )
    }
  )
  updateReturnShippingMethodWorkflow.hooks.setPricingContext(
    async ({ order_return }, { container }) => {
      return new StepResponse(
        await returnShippingPricingContext(order_return.order_id, container)
      )
    }
  )
}
