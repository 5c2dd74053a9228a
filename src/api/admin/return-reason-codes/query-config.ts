import type { AdminReturnReasonCode } from "../../../types/http"
import { entityRefetcher } from "../../utils/query"

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

export const retrieveReasonCodeTransformQueryConfig = {
  defaults: defaultAdminReasonCodeFields,
  isList: false,
}

export const listReasonCodeTransformQueryConfig = {
  ...retrieveReasonCodeTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}

/** One return reason code by id with the asked fields, or 404. */
export const refetchReasonCode = entityRefetcher<AdminReturnReasonCode>(
  "return_reason_code",
  "Return reason code"
)
