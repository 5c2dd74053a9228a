import {
  returnShipmentFields,
  type AdminReturnTrackingEventResponse,
} from "../../../../types/http"
import { recordReturnTrackingEventWorkflow } from "../../../../workflows/logistics"
import type { AdminRoute } from "../../../utils/http"
import { refetchEntity } from "../../../utils/query"
import type { AdminReturnTrackingEventType } from "../validators"

/**
 * A carrier's tracking update for a return parcel (`in_transit`,
 * `delivered` to the warehouse), by tracking number. Called by the
 * carrier's integration or the merchant's system with a secret API key
 * (like any admin route); the customer is emailed once per new status.
 */
export const POST: AdminRoute<
  AdminReturnTrackingEventResponse,
  AdminReturnTrackingEventType
> = async (req, res) => {
  const { result } = await recordReturnTrackingEventWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({
    return_shipment: await refetchEntity(req.scope, {
      entity: "return_shipment",
      label: "Return shipment",
      fields: returnShipmentFields(),
      filters: { id: result.shipment_id },
    }),
    moved: result.moved,
  })
}
