import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ReturnPolicyModule from "../modules/return-policy"

/**
 * ReturnRequest → Customer. Read-only: the request stores `customer_id` itself,
 * so no link table is needed, and Query can still join
 * `return_request.customer.*`.
 */
export default defineLink(
  {
    linkable: ReturnPolicyModule.linkable.returnRequest,
    field: "customer_id",
  },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
