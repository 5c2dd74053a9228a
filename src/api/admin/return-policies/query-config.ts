import type { AdminReturnPolicy } from "../../../types/http"
import { entityRefetcher } from "../../utils/query"

export const defaultAdminReturnPolicyFields = [
  "id",
  "tier_id",
  "name",
  "return_window_days",
  "auto_approve_max_amount",
  "free_return_shipping",
  "restocking_fee_percent",
  "store_credit_bonus_percent",
  "max_returns_per_period",
  "period_days",
  "return_rate_ceiling",
  "excluded_product_tags",
  "excluded_category_ids",
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
