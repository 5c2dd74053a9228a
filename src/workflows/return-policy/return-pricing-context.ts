import { FREE_RETURN_SHIPPING_ATTRIBUTE } from "./steps/ensure-free-return-shipping-prices"

/**
 * The pricing context from a tier and its policy: the tier's id, and the
 * free-shipping flag when the policy has free return shipping, so the zero
 * price on return options applies.
 */
export const pricingContextOf = (
  tierId: string | null,
  freeReturnShipping: boolean
): Record<string, string> => ({
  ...(tierId ? { loyalty_tier_id: tierId } : {}),
  ...(freeReturnShipping ? { [FREE_RETURN_SHIPPING_ATTRIBUTE]: "true" } : {}),
})

/**
 * The `additional_data` key under which a caller of
 * `createAndCompleteReturnOrderWorkflow` that has already read the
 * customer's tier and policy passes their pricing context
 * (`pricingContextOf`), sparing the free-return-shipping hook
 * (`src/workflows/hooks/free-return-shipping.ts`) the same three reads. Only
 * server-side callers can set it: Medusa's store route for returns accepts
 * no `additional_data`.
 */
export const RETURN_PRICING_CONTEXT_KEY = "rms_return_pricing_context"
