import { defineLink } from "@medusajs/framework/utils"
import ReturnDisputeModule from "../modules/return-dispute"
import ReturnPolicyModule from "../modules/return-policy"

/**
 * Dispute → ReturnRequest. Read-only on the dispute's `return_request_id`
 * (null for disputes about an order without a request): Query can join
 * `dispute.return_request.*` without a link table.
 */
export default defineLink(
  {
    linkable: ReturnDisputeModule.linkable.dispute,
    field: "return_request_id",
  },
  ReturnPolicyModule.linkable.returnRequest,
  { readOnly: true }
)
