import type { AdminReturnPolicy } from "../../../types/http"
import { entityRefetcher } from "../../utils/query"
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

export const retrieveReturnPolicyTransformQueryConfig = {
  defaults: defaultAdminReturnPolicyFields,
  isList: false,
}

export const listReturnPolicyTransformQueryConfig = {
  ...retrieveReturnPolicyTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}

/** One return policy by id with the asked fields, or 404. */
export const refetchReturnPolicy = entityRefetcher<AdminReturnPolicy>(
  "return_policy",
  "Return policy"
)
