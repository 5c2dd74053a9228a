import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { loadReturnContextStep } from "./steps/load-return-context"
import { assertNativeReturnAllowedStep } from "./steps/assert-native-return-allowed"
import { ensureFreeReturnShippingPricesStep } from "./steps/ensure-free-return-shipping-prices"

export type ValidateNativeReturnWorkflowInput = {
  order_id: string
  items: { id: string; quantity: number }[]
  return_shipping_option_id?: string
}

export const validateNativeReturnWorkflowId = "validate-native-return"

/**
 * The guard in front of Medusa's `POST /store/returns`: the return policy
 * of the order's customer decides, so the window and the other rules can't
 * be bypassed through the core route. For a tier with free return shipping
 * it makes sure the option has the zero price Medusa will pick.
 *
 * @example
 * await validateNativeReturnWorkflow(container).run({ input: { order_id, items: [{ id, quantity: 1 }] } })
 */
export const validateNativeReturnWorkflow = createWorkflow(
  validateNativeReturnWorkflowId,
  (input: ValidateNativeReturnWorkflowInput) => {
    const context = loadReturnContextStep({
      order_id: input.order_id,
      return_shipping_option_id: input.return_shipping_option_id,
    })
    const verdict = assertNativeReturnAllowedStep({
      context,
      items: input.items,
    })
    when("free-return-shipping-price", { verdict, context }, (data) => {
      return (
        data.verdict.free_return_shipping &&
        !!data.context.return_shipping.option_id
      )
    }).then(() => {
      ensureFreeReturnShippingPricesStep({
        option_ids: transform({ context }, ({ context }) => [
          context.return_shipping.option_id as string,
        ]),
      })
    })
    return new WorkflowResponse(verdict)
  }
)
