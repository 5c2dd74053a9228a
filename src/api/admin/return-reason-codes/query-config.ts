import type { AdminReturnReasonCode } from "../../../types/http"
import { entityRefetcher } from "../../utils/query"
import { adminResource } from "../../utils/resource-routes"

export const defaultAdminReasonCodeFields = [
  "id",
  "code",
  "label",
  "requires_review",
  "requires_evidence",
  "restocking_fee_percent_override",
  "active",
  "created_at",
  "updated_at",
]

/** `/admin/return-reason-codes` and `/admin/return-reason-codes/:id`: query configs and handlers. */
export const adminReasonCodes = adminResource({
  entity: "return_reason_code",
  key: "reason_code",
  list: "reason_codes",
  fields: defaultAdminReasonCodeFields,
  refetch: entityRefetcher<AdminReturnReasonCode>(
    "return_reason_code",
    "Return reason code"
  ),
})
