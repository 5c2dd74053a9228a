import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import ReturnShipment from "./models/return-shipment"
import { sqlManagerOf } from "../../utils/sql"
import { SHIPMENT_STATUSES, type TrackingStatus } from "./types"

/** Return shipments: labels, tracking numbers and how far each parcel got. */
class ReturnLogisticsModuleService extends MedusaService({
  ReturnShipment,
}) {
  /**
   * Moves the shipment with this tracking number to `status` if it is
   * behind it, in one conditional UPDATE: of two deliveries of the same
   * tracking event (a carrier retrying, two servers), only one moves it, so
   * only one notification follows. Returns the shipment's id when it moved,
   * null when it already was there or further.
   */
  @InjectManager()
  @InjectTransactionManager()
  async advanceShipment(
    input: { tracking_number: string; status: TrackingStatus; at: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; previous_status: string } | null> {
    const earlier = SHIPMENT_STATUSES.slice(
      0,
      SHIPMENT_STATUSES.indexOf(input.status)
    )
    const column =
      input.status === "in_transit" ? "in_transit_at" : "delivered_at"
    const rows = await sqlManagerOf(sharedContext).execute(
      `UPDATE return_shipment AS s SET status = ?, ${column} = ?, updated_at = now()
       FROM (SELECT id, status FROM return_shipment
             WHERE tracking_number = ? AND deleted_at IS NULL
               AND status IN (${earlier.map(() => "?").join(", ")})
             FOR UPDATE) AS before
       WHERE s.id = before.id
       RETURNING s.id, before.status AS previous_status`,
      [input.status, input.at, input.tracking_number, ...earlier]
    )
    return rows[0] ?? null
  }
}

export default ReturnLogisticsModuleService
