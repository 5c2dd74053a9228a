import { z } from "@medusajs/framework/zod"
import { ExchangeSearchParams } from "../../utils/exchange-validators"
import { idString } from "../../utils/validators"

export type StoreGetReturnEligibilityParamsType = z.infer<
  typeof StoreGetReturnEligibilityParams
>
export const StoreGetReturnEligibilityParams = z.strictObject({
  return_shipping_option_id: idString("return_shipping_option_id").optional(),
})

export type StoreGetExchangeVariantsParamsType = z.infer<
  typeof StoreGetExchangeVariantsParams
>
export const StoreGetExchangeVariantsParams = ExchangeSearchParams
