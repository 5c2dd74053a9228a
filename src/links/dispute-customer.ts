import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ReturnDisputeModule from "../modules/return-dispute"

/**
 * Dispute → Customer. Read-only on the dispute's `customer_id`: Query can
 * join `dispute.customer.*` without a link table.
 */
export default defineLink(
  { linkable: ReturnDisputeModule.linkable.dispute, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
