import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { graphOrderRelated } from "../../utils/order-related"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"

export const cancelNativeReturnFulfillmentsStepId =
  "cancel-native-return-fulfillments"

/**
 * Medusa cancels a return only once its return fulfillment (the label the
 * customer ships with) is canceled. Refuses first when items already came
 * back, so nothing is canceled for a return that must stand. A canceled
 * fulfillment can't be restored: this is the last step that can fail
 * before the return itself is canceled.
 *
 * @example
 * cancelNativeReturnFulfillmentsStep({ return_id: "return_123" })
 */
export const cancelNativeReturnFulfillmentsStep = createStep(
  cancelNativeReturnFulfillmentsStepId,
  async (input: { return_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [ret],
    } = await graphOrderRelated(
      query,
      "return",
      [
        "id",
        "status",
        "items.received_quantity",
        "fulfillments.id",
        "fulfillments.canceled_at",
      ],
      [input.return_id]
    )
    if (!ret) {
      return new StepResponse([] as string[])
    }
    if ((ret.items ?? []).some((i) => Number(i?.received_quantity ?? 0) > 0)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Return ${ret.id}: items were already received, it can't be canceled`
      )
    }
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const open = (
      (ret as { fulfillments?: { id: string; canceled_at: unknown }[] })
        .fulfillments ?? []
    ).filter((f) => f && !f.canceled_at)
    for (const f of open) {
      await fulfillment.cancelFulfillment(f.id)
    }
    return new StepResponse(open.map((f) => f.id))
  }
)
