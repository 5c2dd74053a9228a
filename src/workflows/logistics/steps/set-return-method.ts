import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnShipmentMethod } from "../../../modules/return-logistics"
import { returnLogisticsStep } from "../../utils/module-step"
import { pickupDateProblem } from "../pickup"

export type SetReturnMethodStepInput = {
  request_id: string
  /**
   * The customer choosing (portal, store API): the request must be theirs,
   * and the choice is recorded as theirs.
   */
  customer_id?: string | null
  /**
   * The admin user booking it for the customer (a CSR on the phone): any
   * request, recorded as chosen by staff. Exactly one of the two is set.
   */
  admin_id?: string | null
  method: ReturnShipmentMethod
  pickup_date?: string | Date | null
}

export const setReturnMethodStepId = "set-return-method"

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Records how the parcel of an approved return leaves the customer: a
 * drop-off, or a pickup on a day when the return's carrier collects
 * (`pickup_available`), and who chose it (the customer, or staff for
 * them). Only before the carrier has the parcel. Undone by putting the
 * previous choice back.
 *
 * @example
 * setReturnMethodStep({ request_id, customer_id, method: "pickup", pickup_date: "2026-12-09" })
 * setReturnMethodStep({ request_id, admin_id: "user_123", method: "drop_off" })
 */
export const setReturnMethodStep = returnLogisticsStep(
  setReturnMethodStepId,
  async (input: SetReturnMethodStepInput, service, { container }) => {
    // Who chooses decides which requests they may touch and what is
    // recorded: never an anonymous, unscoped change.
    if (!input.customer_id === !input.admin_id) {
      throw invalid(
        "customer_id or admin_id: exactly one must say who chooses the return method"
      )
    }
    const chosenBy = input.customer_id
      ? { type: "customer" as const, id: input.customer_id }
      : { type: "admin" as const, id: input.admin_id! }
    const {
      data: [request],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "return_request",
      fields: [
        "id",
        "rma_number",
        "status",
        "customer_id",
        "return_shipment.id",
      ],
      filters: input.customer_id
        ? { id: input.request_id, customer_id: input.customer_id }
        : { id: input.request_id },
    })
    if (!request) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Return request with id: ${input.request_id} was not found`
      )
    }
    const shipmentId = request.return_shipment?.id
    if (!shipmentId) {
      throw invalid(
        "method: this return has no carrier label, so there is nothing to book"
      )
    }
    const before = await service.retrieveReturnShipment(shipmentId)
    if (before.status !== "label_created") {
      throw invalid(
        `method: the carrier already has the parcel (${before.status.replace("_", " ")}), so the hand-over can no longer change`
      )
    }
    // A canceled request's label is void; a completed one was received
    // (with no carrier scan recorded).
    if (request.status !== "approved") {
      throw invalid(
        `method: return ${request.rma_number} is ${request.status}; the hand-over can only change while it is approved`
      )
    }
    let pickupDate: Date | null = null
    if (input.method === "pickup") {
      if (!before.pickup_available) {
        throw invalid(
          `method: this return's carrier${before.carrier ? ` (${before.carrier})` : ""} does not collect parcels: choose drop_off`
        )
      }
      if (!input.pickup_date) {
        throw invalid("pickup_date is required for a pickup")
      }
      pickupDate = new Date(input.pickup_date)
      const problem = pickupDateProblem(pickupDate, new Date())
      if (problem) {
        throw invalid(problem)
      }
    }
    const updated = await service.updateReturnShipments({
      id: shipmentId,
      method: input.method,
      pickup_date: pickupDate,
      method_chosen_by_type: chosenBy.type,
      method_chosen_by: chosenBy.id,
    })
    return new StepResponse(updated, {
      id: shipmentId,
      method: before.method,
      pickup_date: before.pickup_date,
      method_chosen_by_type: before.method_chosen_by_type,
      method_chosen_by: before.method_chosen_by,
    })
  },
  async (undo, service) => {
    await service.updateReturnShipments(undo)
  }
)
