import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { OrderChangeStatus } from "@medusajs/framework/utils"
import { orderModuleStep } from "../../utils/module-step"

export type ConfirmReturnCreditLineStepInput = {
  order_id: string
  order_change_id: string
}

export const confirmReturnCreditLineStepId = "confirm-return-credit-line"

/**
 * Confirms the order change that adds a return's credit line, which writes
 * the line and a new order version. Compensation undoes that version (as
 * core-flows' own `confirmOrderChanges` does) and leaves the change pending
 * for `createOrderChangeStep`'s compensation to delete.
 *
 * @example
 * confirmReturnCreditLineStep({ order_id: "order_123", order_change_id: "ordch_123" })
 */
export const confirmReturnCreditLineStep = orderModuleStep(
  confirmReturnCreditLineStepId,
  async (input: ConfirmReturnCreditLineStepInput, orders) => {
    await orders.confirmOrderChange(input.order_change_id)
    return new StepResponse(void 0, input)
  },
  async (input, orders) => {
    await orders.undoLastChange(input.order_id, {
      id: input.order_change_id,
      status: OrderChangeStatus.PENDING,
    })
  }
)
