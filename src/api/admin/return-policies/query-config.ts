import type { AdminReturnPolicy } from "../../../types/http"
import { entityRefetcher } from "../../utils/query"
import { adminResource } from "../../utils/resource-routes"
import { POLICY_TERMS } from "../../../modules/return-policy/policies"

export const defaultAdminReturnPolicyFields = [
  "id",
  ...POLICY_TERMS,
  "active",
  "version",
  "policy_group_id",
  "created_at",
  "updated_at",
]

/** `/admin/return-policies` and `/admin/return-policies/:id`: query configs and handlers. */
export const adminReturnPolicies = adminResource({
  entity: "return_policy",
  key: "return_policy",
  list: "return_policies",
  fields: defaultAdminReturnPolicyFields,
  refetch: entityRefetcher<AdminReturnPolicy>("return_policy", "Return policy"),
})
