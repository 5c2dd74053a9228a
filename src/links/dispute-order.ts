import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ReturnDisputeModule from "../modules/return-dispute"

/**
 * Dispute → Order. Read-only: the dispute stores `order_id` itself, so no
 * link table is needed and Query can join `dispute.order.*`.
 */
export default defineLink(
  { linkable: ReturnDisputeModule.linkable.dispute, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
