import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ReturnPolicyModule from "../modules/return-policy"

/**
 * ReturnRequest → the native Return. Read-only: the request stores `return_id` itself,
 * so no link table is needed, and Query can still join
 * `return_request.return.*`.
 */
export default defineLink(
  {
    linkable: ReturnPolicyModule.linkable.returnRequest,
    field: "return_id",
  },
  OrderModule.linkable.return,
  { readOnly: true }
)
