import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  advanceReturnShipmentStep,
  type AdvanceReturnShipmentStepInput,
} from "./steps/advance-return-shipment"

export const ReturnShipmentEvents = {
  /** The carrier has the parcel. */
  IN_TRANSIT: "return_shipment.in_transit",
  /** The parcel reached the warehouse. */
  DELIVERED: "return_shipment.delivered",
} as const

export const recordReturnTrackingEventWorkflowId =
  "record-return-tracking-event"

/**
 * A carrier's tracking update for a return parcel, found by its tracking
 * number: `in_transit` or `delivered` (to the warehouse). The shipment only
 * moves forward, and only a move emits `return_shipment.in_transit` /
 * `return_shipment.delivered` (whose subscribers email the customer), so
 * the same update reported twice emails once.
 *
 * @example
 * await recordReturnTrackingEventWorkflow(container).run({
 *   input: { tracking_number: "RMS123456789012", status: "in_transit" },
 * })
 */
export const recordReturnTrackingEventWorkflow = createWorkflow(
  recordReturnTrackingEventWorkflowId,
  (input: AdvanceReturnShipmentStepInput) => {
    const advanced = advanceReturnShipmentStep(input)
    when("tracking-moved", { advanced }, ({ advanced }) => advanced.moved).then(
      () => {
        emitEventStep({
          eventName: transform({ input }, ({ input }) =>
            input.status === "in_transit"
              ? ReturnShipmentEvents.IN_TRANSIT
              : ReturnShipmentEvents.DELIVERED
          ),
          data: transform({ advanced }, ({ advanced }) => ({
            id: advanced.shipment_id,
          })),
        })
      }
    )
    return new WorkflowResponse(advanced)
  }
)
