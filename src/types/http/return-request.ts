import type { AdminReturnShipment } from "./return-shipment"
import type {
  LineEligibility,
  RefundBreakdown,
  RefundItem,
  RuleResult,
  ReturnEligibility as EngineReturnEligibility,
  ReturnEligibilityLine as EngineReturnEligibilityLine,
  TierSnapshot,
} from "../../modules/return-policy/engine/types"
import type { PaginatedResponse } from "./common"
import type { ExchangePlan } from "./exchange-plan"
import type {
  ReturnChannel,
  ReturnDecisionActor,
  ReturnDecisionOutcome,
  ReturnRequestStatus,
} from "../../modules/return-policy/types"

export type {
  ReturnChannel,
  ReturnDecisionOutcome,
  ReturnRequestStatus,
} from "../../modules/return-policy/types"

/** One rule the policy engine checked, as the decision trail keeps it. */
export type ReturnRuleResult = RuleResult

export type ReturnTierSnapshot = TierSnapshot

export type ReturnDecision = {
  id?: string
  outcome: ReturnDecisionOutcome
  decided_by_type?: ReturnDecisionActor
  decided_by?: string | null
  policy_version?: number
  tier_snapshot?: ReturnTierSnapshot | null
  rules?: ReturnRuleResult[]
  reasons: string[]
  note: string | null
  /** A CSR's override of the policy's outcome; null when nobody overrode. */
  override?: {
    policy_outcome: string
    outcome: string
    justification: string
  } | null
  /** Milliseconds from the request to this decision; a string when large. */
  time_to_decision_ms?: number | string
  created_at: string
}

export type ReturnRequestItem = {
  id: string
  line_item_id: string
  quantity: number
  reason_code: string
  condition: "new" | "opened" | "damaged" | "defective" | null
  /** Staff only: what the CSR noted on the line (e.g. evidence seen). */
  note?: string | null
  refund_amount: number
  restocking_fee: number
}

export type ReturnRefundItem = RefundItem

/** The engine's refund breakdown, in major units of `currency_code`. */
export type ReturnRefundEstimate = RefundBreakdown

/** A return request as staff read it (the decision trail included). */
/**
 * A request's exchange (`metadata.exchange`, the server's `ExchangeMetadata`):
 * the plan and, once approved, Medusa's exchange (`exchange_id`) with the
 * difference it settled on and how it is paid or refunded.
 */
export type ReturnRequestExchange = ExchangePlan & {
  /** null until approved. */
  exchange_id: string | null
  /** Medusa's figure once the exchange exists; the plan's before. */
  settled_difference: number | null
  /** The order's payment collection asking for the difference. */
  payment_collection_id: string | null
  /** What went back of a surplus so far. */
  refunded: number
  fulfillment_id: string | null
  /** An instant exchange: when the old item is due back. */
  return_due_at: string | null
  flagged_at: string | null
}

export type AdminReturnRequest = {
  id: string
  rma_number: string
  order_id: string
  customer_id: string
  channel: ReturnChannel
  status: ReturnRequestStatus
  refund_estimate: ReturnRefundEstimate | null
  refund_method: "original_payment" | "store_credit"
  tier_name: string | null
  return_id: string | null
  note: string | null
  decided_at: string | null
  created_at: string
  created_by_type?: "customer" | "admin"
  created_by?: string
  policy_id?: string
  policy_version?: number
  tier_id?: string | null
  metadata?: Record<string, unknown> | null
  items: ReturnRequestItem[]
  decisions: ReturnDecision[]
  /** With `fields=+customer.*` (read-only link). */
  customer?: {
    email: string
    first_name: string | null
    last_name: string | null
  } | null
  /** With `fields=+order.display_id` (read-only link). */
  order?: { display_id: number } | null
  /** Its parcel's label and tracking, once approved with a labelling carrier. */
  return_shipment?: AdminReturnShipment | null
}

export type AdminReturnRequestListParams = {
  limit?: number
  offset?: number
  /** `created_at` (oldest first, the default) or `-created_at`. */
  order?: string
  status?: ReturnRequestStatus | ReturnRequestStatus[]
  channel?: ReturnChannel
  tier_id?: string
  customer_id?: string
  order_id?: string
  /** An RMA number, a customer's email or an order number. */
  q?: string
  /** Extra fields, e.g. `+customer.email,+order.display_id`. */
  fields?: string
}

/**
 * A line of {@link ReturnEligibility}: the admin reads only the window part
 * of the server's line, and older servers send no title or quantity.
 */
export type ReturnEligibilityLine = Pick<
  EngineReturnEligibilityLine,
  "line_item_id" | keyof LineEligibility
> & {
  title: string | null
  /** Ordered quantity; absent from servers that don't send it. */
  quantity?: number
}

type EligibilityPolicy = EngineReturnEligibility["policy"]

/**
 * What the admin reads of the eligibility answer. `policy.version` 0 is the
 * engine's built-in fallback, no policy row.
 */
export type ReturnEligibility = Pick<
  EngineReturnEligibility,
  "order_id" | "tier"
> &
  Partial<Pick<EngineReturnEligibility, "currency_code">> & {
    policy:
      | (Omit<
          EligibilityPolicy,
          "store_credit_bonus_percent" | "auto_approve_max_amount"
        > &
          Partial<Pick<EligibilityPolicy, "store_credit_bonus_percent">>)
      | null
    lines: ReturnEligibilityLine[]
    /** Whether the signed-in admin may override the policy's outcome. */
    can_override?: boolean
  }

export type AdminReturnRequestResponse = { return_request: AdminReturnRequest }
export type AdminReturnRequestListResponse = PaginatedResponse<{
  return_requests: AdminReturnRequest[]
}>
