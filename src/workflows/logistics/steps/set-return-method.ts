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
  /** Set for a customer: the request must be theirs. */
  customer_id?: string | null
  method: ReturnShipmentMethod
  pickup_date?: string | Date | null
}

export const setReturnMethodStepId = "set-return-method"

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Records how the parcel of an approved return leaves the customer: a
 * drop-off, or a pickup on a day when the return's carrier collects
 * (`pickup_available`). Only before the carrier has the parcel. Undone by
 * putting the previous choice back.
 *
 * @example
 * setReturnMethodStep({ request_id, customer_id, method: "pickup", pickup_date: "2026-12-09" })
 */
export const setReturnMethodStep = returnLogisticsStep(
  setReturnMethodStepId,
  async (input: SetReturnMethodStepInput, service, { container }) => {
    const {
      data: [request],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "return_request",
      fields: ["id", "customer_id", "return_shipment.id"],
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
      throw invalid("method: the carrier already has the parcel")
    }
    let pickupDate: Date | null = null
    if (input.method === "pickup") {
      if (!before.pickup_available) {
        throw invalid("method: this return's carrier does not collect parcels")
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
    })
    return new StepResponse(updated, {
      id: shipmentId,
      method: before.method,
      pickup_date: before.pickup_date,
    })
  },
  async (undo, service) => {
    await service.updateReturnShipments(undo)
  }
)
