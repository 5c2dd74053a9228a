import { z } from "@medusajs/framework/zod"

export type StoreGetReturnEligibilityParamsType = z.infer<
  typeof StoreGetReturnEligibilityParams
>
export const StoreGetReturnEligibilityParams = z.strictObject({
  return_shipping_option_id: z.string().min(1).optional(),
})
