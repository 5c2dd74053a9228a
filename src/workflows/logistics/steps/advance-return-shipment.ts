import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TrackingStatus } from "../../../modules/return-logistics"
import { returnLogisticsStep } from "../../utils/module-step"

export type AdvanceReturnShipmentStepInput = {
  tracking_number: string
  status: TrackingStatus
  occurred_at?: string | Date | null
}

export const advanceReturnShipmentStepId = "advance-return-shipment"

/**
 * Moves the return shipment with this tracking number forward to `status`.
 * `moved` is false when it already was there or further (the same tracking
 * event twice, or a late `in_transit` after `delivered`): then nothing
 * follows. Undone by putting the previous status back.
 *
 * @example
 * const { shipment_id, moved } = advanceReturnShipmentStep({ tracking_number, status: "delivered" })
 */
export const advanceReturnShipmentStep = returnLogisticsStep(
  advanceReturnShipmentStepId,
  async (input: AdvanceReturnShipmentStepInput, service) => {
    const [shipment] = await service.listReturnShipments(
      { tracking_number: input.tracking_number },
      { select: ["id"] }
    )
    if (!shipment) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `tracking_number: no return shipment has tracking number ${input.tracking_number}`
      )
    }
    const moved = await service.advanceShipment({
      tracking_number: input.tracking_number,
      status: input.status,
      at: input.occurred_at ? new Date(input.occurred_at) : new Date(),
    })
    return new StepResponse(
      { shipment_id: shipment.id, moved: !!moved },
      moved ? { ...moved, status: input.status } : undefined
    )
  },
  async (undo, service) => {
    await service.updateReturnShipments({
      id: undo.id,
      status: undo.previous_status as "label_created" | "in_transit",
      ...(undo.status === "in_transit"
        ? { in_transit_at: null }
        : { delivered_at: null }),
    })
  }
)
