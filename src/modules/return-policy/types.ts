import type { InferTypeOf } from "@medusajs/framework/types"
import type ReturnDecision from "./models/return-decision"
import type ReturnPolicy from "./models/return-policy"
import type ReturnReasonCode from "./models/return-reason-code"
import type ReturnRequest from "./models/return-request"
import type ReturnRequestItem from "./models/return-request-item"
import type {
  ItemCondition,
  RefundBreakdown,
  RefundMethod,
  RuleResult,
  TierSnapshot,
} from "./engine/types"

export type ReturnPolicyDTO = InferTypeOf<typeof ReturnPolicy>
export type ReturnReasonCodeDTO = InferTypeOf<typeof ReturnReasonCode>
export type ReturnRequestDTO = InferTypeOf<typeof ReturnRequest>
export type ReturnRequestItemDTO = InferTypeOf<typeof ReturnRequestItem>
export type ReturnDecisionDTO = InferTypeOf<typeof ReturnDecision>

export type ReturnRequestStatus =
  "pending_review" | "approved" | "rejected" | "canceled" | "completed"

export type ReturnChannel =
  "storefront" | "phone" | "email" | "chat" | "in_store"

/** Engine outcomes, then the human and system ones. */
export type ReturnDecisionOutcome =
  | "auto_approve"
  | "review"
  | "reject"
  | "approved"
  | "rejected"
  | "canceled"
  | "completed"

export type ReturnDecisionActor = "policy" | "admin" | "customer" | "system"

/** The terms of a policy, without its identity and versioning columns. */
export type ReturnPolicyTerms = {
  tier_id?: string | null
  name?: string
  return_window_days?: number
  auto_approve_max_amount?: number | null
  free_return_shipping?: boolean
  restocking_fee_percent?: number
  store_credit_bonus_percent?: number
  max_returns_per_period?: number | null
  period_days?: number
  return_rate_ceiling?: number | null
  excluded_product_tags?: string[]
  excluded_category_ids?: string[]
  exchanges_allowed?: boolean
  exchange_auto_approve?: boolean
  instant_exchange?: boolean
  instant_exchange_return_days?: number
}

export type CreateReturnPolicyDTO = ReturnPolicyTerms & {
  name: string
  return_window_days: number
  active?: boolean
  /** Defaults to the new row's id (the first version's id). */
  policy_group_id?: string
  id?: string
}

/**
 * An edit through `updatePolicyVersioned`. `active` is not part of it:
 * (de)activating changes no terms and is done in place.
 */
export type UpdateReturnPolicyTermsDTO = ReturnPolicyTerms

export type ReturnDecisionInput = {
  outcome: ReturnDecisionOutcome
  decided_by_type: ReturnDecisionActor
  /** The admin user or customer id; null for the policy and the system. */
  decided_by?: string | null
  /** Defaults to the request's policy. */
  policy_id?: string
  policy_version?: number
  tier_snapshot?: TierSnapshot | null
  rules?: RuleResult[]
  reasons?: string[]
  note?: string | null
}

export type CreateReturnRequestItemInput = {
  line_item_id: string
  quantity: number
  reason_code: string
  condition?: ItemCondition | null
  note?: string | null
  refund_amount?: number
  restocking_fee?: number
}

export type CreateReturnRequestWithDecisionInput = {
  order_id: string
  customer_id: string
  channel: ReturnChannel
  created_by_type: "customer" | "admin"
  created_by: string
  /**
   * Defaults from the decision's outcome: auto_approve → approved,
   * review → pending_review, reject → rejected.
   */
  status?: ReturnRequestStatus
  items: CreateReturnRequestItemInput[]
  refund_estimate: RefundBreakdown
  refund_method?: RefundMethod
  policy_id: string
  policy_version: number
  tier_id?: string | null
  tier_name?: string | null
  note?: string | null
  metadata?: Record<string, unknown> | null
  /** The first decision, usually the policy engine's. */
  decision: ReturnDecisionInput
  /** The native Medusa return, when it was created first (auto-approval). */
  return_id?: string | null
  /** Decides the RMA year (UTC); defaults to now. */
  now?: Date
}

/**
 * A return request with its items and its decisions, oldest first, as
 * `createReturnRequestWithDecision` and `recordDecision` return it.
 */
export type ReturnRequestWithItems = ReturnRequestDTO & {
  items: ReturnRequestItemDTO[]
  decisions: ReturnDecisionDTO[]
}

export type CustomerReturnHistory = {
  /** Requests created in the window, except canceled and rejected ones. */
  returns_in_period: number
  /** Units in those requests. */
  items_returned: number
}

/** The plugin options this module reads (`options.returns`). */
export type ReturnsOptions = {
  returns?: Partial<ReturnsSettings>
}

export type ReturnsSettings = {
  /** Run the return policy on Medusa's own `POST /store/returns` too. */
  enforce_on_native_store_returns: boolean
  /** Take the `setPricingContext` hook of the return workflows for free return shipping. */
  free_return_shipping_hook: boolean
  /** Admin user ids or role names allowed to override a policy decision. */
  override_allowed: string[]
}
