import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_LOGISTICS_MODULE } from "../../../modules/return-logistics"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import { returnLogisticsStep } from "../../utils/module-step"
import { loadReturnLabel } from "../labels"

export type CreateReturnShipmentStepInput = {
  request_id: string
  /** Nothing to record without a native return (a request under review). */
  return_id: string | null
  /**
   * The return shipping option's provider, when the caller knows it:
   * Medusa's manual provider issues no labels, so there is none to look for.
   */
  provider_id?: string | null
}

/** Medusa's manual fulfillment provider: it never issues a label. */
const MANUAL_PROVIDER_ID = "manual_manual"

export const createReturnShipmentStepId = "create-return-shipment"

/**
 * Records the label the return shipping option's provider issued for a
 * native return (tracking number, label URL and file) as the request's
 * return shipment, linked to the request. Nothing when the provider issued
 * no label (Medusa's manual provider), no native return, or the return
 * already has its shipment (a retried approval). Undone by deleting both.
 *
 * @example
 * const shipment = createReturnShipmentStep({ request_id, return_id })
 */
export const createReturnShipmentStep = returnLogisticsStep(
  createReturnShipmentStepId,
  async (input: CreateReturnShipmentStepInput, service, { container }) => {
    if (!input.return_id || input.provider_id === MANUAL_PROVIDER_ID) {
      return new StepResponse(null, undefined)
    }
    const [existing] = await service.listReturnShipments({
      return_id: input.return_id,
    })
    if (existing) {
      return new StepResponse(existing, undefined)
    }
    const label = await loadReturnLabel(
      container.resolve(ContainerRegistrationKeys.QUERY),
      input.return_id
    )
    if (!label) {
      return new StepResponse(null, undefined)
    }
    const shipment = await service.createReturnShipments({
      return_id: input.return_id,
      fulfillment_id: label.fulfillment_id,
      provider_id: label.provider_id,
      carrier: label.carrier,
      tracking_number: label.tracking_number,
      tracking_url: label.tracking_url,
      label_url: label.label_url,
      label_file_id: label.label_file_id,
      pickup_available: label.pickup_available,
    })
    const link = {
      [RETURN_POLICY_MODULE]: { return_request_id: input.request_id },
      [RETURN_LOGISTICS_MODULE]: { return_shipment_id: shipment.id },
    }
    await container.resolve(ContainerRegistrationKeys.LINK).create(link)
    return new StepResponse(shipment, { id: shipment.id, link })
  },
  async (undo, service, { container }) => {
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.link)
    await service.deleteReturnShipments(undo.id)
  }
)
