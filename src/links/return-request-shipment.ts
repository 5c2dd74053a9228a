import { defineLink } from "@medusajs/framework/utils"
import ReturnPolicyModule from "../modules/return-policy"
import ReturnLogisticsModule from "../modules/return-logistics"

/**
 * ReturnRequest ↔ its ReturnShipment (label, tracking, pickup). A link
 * table, so the return-policy module's request is not reshaped: Query reads
 * `return_request.return_shipment.*` and `return_shipment.return_request.*`.
 */
export default defineLink(
  ReturnPolicyModule.linkable.returnRequest,
  ReturnLogisticsModule.linkable.returnShipment
)
