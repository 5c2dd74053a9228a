import type { ReturnShipment } from "./return-shipment"
import type {
  ItemCondition,
  RefundBreakdown,
  RefundMethod,
} from "../../modules/return-policy/engine/types"
import type {
  ReturnChannel,
  ReturnRequestStatus,
} from "../../modules/return-policy/types"
import type { PaginatedResponse } from "./common"
import type { StoreEligibilityExchangeOption } from "./store-return-preview"

/*
 * What the store routes answer, shaped for a storefront page: every line
 * carries what a page shows (title, variant, thumbnail), and the same thing
 * has the same name and shape in every answer (`refund_estimate`,
 * `return_shipping`, `timeline`). Money is in major units of
 * `currency_code` (49.99); times are ISO 8601 strings.
 */

/**
 * A refund broken down: `items_total` (what the units paid, the sum of the
 * lines' `refund_amount`) − `restocking_fee_total` − `return_shipping` =
 * `refund_total`; `credited_total` adds the store-credit bonus when the
 * refund goes to store credit.
 */
export type StoreRefundEstimate = RefundBreakdown

/** How an order line looks on a page. */
export type StoreReturnLine = {
  line_item_id: string
  title: string
  variant_title: string | null
  thumbnail: string | null
  /** One unit, tax as the order was priced. */
  unit_price: number
}

/** A stock location's address: where returned parcels go. */
export type StoreReturnAddress = {
  name: string | null
  address_1: string | null
  address_2: string | null
  postal_code: string | null
  city: string | null
  province: string | null
  country_code: string | null
  phone: string | null
}

/**
 * How items go back: the return shipping option (its name is the method),
 * what it costs the customer (0 when the tier ships returns free), the
 * address the parcel goes to, and once the return exists its label.
 */
export type StoreReturnShipping = {
  option_id: string | null
  method: string | null
  amount: number
  free: boolean
  address: StoreReturnAddress | null
  tracking_number: string | null
  tracking_url: string | null
  label_url: string | null
}

/** A return reason a customer can pick. */
export type StoreReturnReasonCode = {
  code: string
  label: string
  /** The customer must add a photo or document with this reason. */
  requires_evidence: boolean
  /** Staff always review a request with this reason. */
  requires_review: boolean
}

/** A way to get the money back, with the tier's bonus for store credit. */
export type StoreRefundMethod = {
  method: RefundMethod
  label: string
  /** 0-100, added on top of the refund. */
  bonus_percent: number
}

export type StorePredictedOutcome =
  "auto_approve" | "manual_review" | "not_eligible"

/** One order line: whether and how much of it can come back. */
export type StoreReturnEligibilityItem = StoreReturnLine & {
  currency_code: string
  quantity: number
  returnable_quantity: number
  /** The last moment a return is accepted (end of the last day, UTC). */
  return_deadline: string
  days_left: number
  eligible: boolean
  /** Why the line cannot be returned; empty when it can. */
  reasons_not_eligible: string[]
  /** What the returnable units paid; 0 when not eligible. */
  refund_amount: number
  restocking_fee: number
  /** Returning every returnable unit of this line alone, refunded to the original payment; null when not eligible. */
  refund_estimate: StoreRefundEstimate | null
  /**
   * What the policy would decide for that request, with a reason that asks
   * for nothing extra: approved at once, reviewed by staff (and why), or
   * refused (and why).
   */
  predicted_outcome: {
    outcome: StorePredictedOutcome
    reasons: string[]
  }
  /**
   * The other variants of the line's product it can be exchanged for (in
   * stock, priced for the order's region); empty when the policy allows no
   * exchanges or the line cannot come back.
   */
  exchange_options: StoreEligibilityExchangeOption[]
}

/** The exchange terms of the customer's policy. */
export type StoreExchangeTerms = {
  allowed: boolean
  /** Why not, when not allowed (e.g. "the Bronze tier's policy does not allow exchanges"). */
  reasons: string[]
  /** Approved at once when the return itself would be auto-approved. */
  auto_approve: boolean
  /** The new item ships before the old one is received. */
  instant: boolean
  /** Days the old item has to be back after an instant exchange. */
  return_days: number | null
}

/** `GET /store/orders/:id/return-eligibility`. */
export type StoreReturnEligibility = {
  order_id: string
  currency_code: string
  tier: { id: string; name: string } | null
  policy: {
    id: string
    name: string
    version: number
    return_window_days: number
    free_return_shipping: boolean
    restocking_fee_percent: number
    store_credit_bonus_percent: number
    auto_approve_max_amount: number | null
  }
  return_shipping: StoreReturnShipping
  reason_codes: StoreReturnReasonCode[]
  refund_methods: StoreRefundMethod[]
  /** Whether lines can be exchanged instead of refunded, and how. */
  exchange: StoreExchangeTerms
  items: StoreReturnEligibilityItem[]
}

/** A line of a return request. */
export type StoreReturnRequestItem = StoreReturnLine & {
  id: string
  quantity: number
  reason_code: string
  /** The reason's label; the code when the reason was deleted since. */
  reason_label: string
  condition: ItemCondition | null
  /** What these units paid: the lines add up to `refund_estimate.items_total`. */
  refund_amount: number
  restocking_fee: number
}

export type StoreTimelineActor = "customer" | "staff" | "policy" | "system"

/** One step of a return request, oldest first in `timeline`. */
export type StoreReturnTimelineEvent = {
  type:
    | "requested"
    | "in_review"
    | "approved"
    | "rejected"
    | "canceled"
    | "received"
    | "refunded"
    | "credited"
  at: string
  by: StoreTimelineActor
  /** Staff's or the customer's note; for `in_review` the policy's reasons. */
  note: string | null
  /** `refunded` and `credited`: the amount. */
  amount: number | null
}

/** Store credit paid for a return, once its items were received. */
export type StoreReturnStoreCredit = {
  /** `promotion`: a single-use code; `store_credit_account`: @medusajs/loyalty-plugin's account. */
  kind: "promotion" | "store_credit_account"
  code: string | null
  amount: number
  currency_code: string
}

/**
 * A return request as its customer reads it (create, retrieve, list,
 * cancel). `send_by`: the last moment to send the items (the policy's
 * return window), set while the request is approved and the window open.
 */
export type StoreReturnRequest = {
  id: string
  rma_number: string
  order_id: string
  order_display_id: number | null
  status: ReturnRequestStatus
  channel: ReturnChannel
  currency_code: string
  refund_method: RefundMethod
  tier_name: string | null
  note: string | null
  /** The native Medusa return, once approved. */
  return_id: string | null
  created_at: string
  decided_at: string | null
  items: StoreReturnRequestItem[]
  refund_estimate: StoreRefundEstimate
  send_by: string | null
  return_shipping: StoreReturnShipping
  timeline: StoreReturnTimelineEvent[]
  store_credit: StoreReturnStoreCredit | null
  can_cancel: boolean
  /** Its parcel: label, tracking status, drop-off or pickup. */
  return_shipment: ReturnShipment | null
  /** When the lines are exchanged rather than refunded; null otherwise. */
  exchange: StoreReturnRequestExchange | null
}

/**
 * The exchange of a return request: each line's credit (what the returned
 * units were paid) and the new item's price; `difference` > 0 is paid by
 * the customer, < 0 refunded (Medusa's figure once the exchange exists).
 */
export type StoreReturnRequestExchange = {
  currency_code: string
  lines: {
    line_item_id: string
    quantity: number
    title: string
    variant_id: string
    product_title: string
    variant_title: string
    credit: number
    new_total: number
    difference: number
  }[]
  credit_total: number
  new_total: number
  difference: number
  /** The new item ships before the old one is received. */
  instant: boolean
  /** Medusa's exchange, once approved. */
  exchange_id: string | null
  /** The surplus refunded so far. */
  refunded: number
  /** An instant exchange: when the old item is due back. */
  return_due_at: string | null
}

export type StoreReturnEligibilityResponse = {
  eligibility: StoreReturnEligibility
}
export type StoreReturnRequestResponse = { return_request: StoreReturnRequest }
export type StoreReturnRequestListResponse = PaginatedResponse<{
  return_requests: StoreReturnRequest[]
}>
