import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ReturnPolicyModule from "../modules/return-policy"

/**
 * ReturnRequest → Order. Read-only: the request stores `order_id` itself,
 * so no link table is needed, and Query can still join
 * `return_request.order.*`.
 */
export default defineLink(
  {
    linkable: ReturnPolicyModule.linkable.returnRequest,
    field: "order_id",
  },
  OrderModule.linkable.order,
  { readOnly: true }
)
