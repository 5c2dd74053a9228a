import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import LoyaltyProgramModule from "../modules/loyalty-program"

/**
 * LoyaltyAccount → Customer. Read-only: the account stores `customer_id`
 * itself (it is unique and locked on), so no link table is needed, and
 * Query can still join `loyalty_account.customer.*`.
 */
export default defineLink(
  {
    linkable: LoyaltyProgramModule.linkable.loyaltyAccount,
    field: "customer_id",
  },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
