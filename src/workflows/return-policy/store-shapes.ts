import type { ReturnOutcome } from "../../modules/return-policy/engine"
import type {
  ReturnDecisionActor,
  ReturnDecisionOutcome,
  ReturnRequestStatus,
} from "../../modules/return-policy/types"
import type {
  StorePredictedOutcome,
  StoreReturnAddress,
  StoreReturnTimelineEvent,
  StoreTimelineActor,
} from "../../types/http/store-returns"

/*
 * The pure rules behind the store's return answers: the timeline, the
 * send-by date, whether a request can still be canceled. The steps that
 * present requests and eligibility load the rows and call these.
 */

/**
 * The last instant of a return window's last day (`YYYY-MM-DD`, UTC,
 * inclusive, as the engine counts it): returns are accepted until then.
 */
export const endOfUtcDay = (day: string): string => `${day}T23:59:59.999Z`

/** The engine's outcome in the words a storefront shows. */
export const predictedOutcome = (
  outcome: ReturnOutcome
): StorePredictedOutcome =>
  outcome === "auto_approve"
    ? "auto_approve"
    : outcome === "review"
      ? "manual_review"
      : "not_eligible"

const ACTORS: Record<ReturnDecisionActor, StoreTimelineActor> = {
  policy: "policy",
  admin: "staff",
  customer: "customer",
  system: "system",
}

const EVENT_OF: Record<
  ReturnDecisionOutcome,
  StoreReturnTimelineEvent["type"]
> = {
  auto_approve: "approved",
  review: "in_review",
  reject: "rejected",
  approved: "approved",
  rejected: "rejected",
  canceled: "canceled",
  // The warehouse received the items: the system completes the request.
  completed: "received",
}

type Dated = string | Date

export type TimelineDecision = {
  outcome: ReturnDecisionOutcome
  decided_by_type: ReturnDecisionActor
  note: string | null
  reasons: string[] | null
  created_at: Dated
}

export type TimelineInput = {
  created_at: Dated
  created_by_type: "customer" | "admin"
  decisions: TimelineDecision[]
  /** The store credit paid, once issued. */
  store_credit?: { amount: number; issued_at?: Dated | null } | null
  /** The payment refund of this return, once Medusa made it. */
  refund?: { amount: number; created_at: Dated } | null
}

const iso = (d: Dated) => new Date(d).toISOString()

/**
 * A return request's story, oldest first: requested, then each recorded
 * decision (the policy's at once, staff's, the customer's cancellation,
 * the receipt), then the money (store credit, or the payment refund).
 * A policy's review says why in `note` (its reasons), since the customer
 * is waiting on it.
 */
export const returnTimeline = (
  input: TimelineInput
): StoreReturnTimelineEvent[] => {
  const decisions = [...input.decisions].sort(
    (a, b) =>
      new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )
  const events: StoreReturnTimelineEvent[] = decisions.map((d) => ({
    type: EVENT_OF[d.outcome],
    at: iso(d.created_at),
    by: ACTORS[d.decided_by_type] ?? "system",
    note:
      d.note ||
      (d.outcome === "review" || d.outcome === "reject"
        ? (d.reasons ?? []).join("; ") || null
        : null),
    amount: null,
  }))
  const received = decisions.find((d) => d.outcome === "completed")
  if (input.store_credit) {
    events.push({
      type: "credited",
      at: iso(
        input.store_credit.issued_at ??
          received?.created_at ??
          decisions[decisions.length - 1]?.created_at ??
          input.created_at
      ),
      by: "system",
      note: null,
      amount: input.store_credit.amount,
    })
  }
  if (input.refund) {
    events.push({
      type: "refunded",
      at: iso(input.refund.created_at),
      by: "staff",
      note: null,
      amount: input.refund.amount,
    })
  }
  // Decisions are written in the request's own transaction, a few ms after
  // it at most: "requested" stays first whatever the clocks say.
  const later = events
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        new Date(a.e.at).getTime() - new Date(b.e.at).getTime() || a.i - b.i
    )
    .map(({ e }) => e)
  return [
    {
      type: "requested",
      at: iso(input.created_at),
      by: input.created_by_type === "admin" ? "staff" : "customer",
      note: null,
      amount: null,
    },
    ...later,
  ]
}

/**
 * Whether the customer can still withdraw: while it waits for review, or
 * once approved as long as the warehouse has received nothing (the cancel
 * workflow's own rule, so the button never offers what would fail).
 */
export const canCancelReturn = (
  status: ReturnRequestStatus,
  nativeReturnStatus: string | null | undefined
): boolean =>
  status === "pending_review" ||
  (status === "approved" &&
    !["received", "partially_received", "canceled"].includes(
      nativeReturnStatus ?? ""
    ))

/**
 * The last moment to send the items: the end of the policy's return window
 * (what the `return-approved` email says), while the request is approved
 * and the window is open; null otherwise.
 */
export const sendBy = (
  status: ReturnRequestStatus,
  window: { deadline: string; open: boolean } | null
): string | null =>
  status === "approved" && window?.open ? endOfUtcDay(window.deadline) : null

/** The fields of a stock location `returnAddress` reads, under `prefix`. */
export const returnLocationFields = (prefix = "") =>
  [
    "id",
    "name",
    "address.address_1",
    "address.address_2",
    "address.postal_code",
    "address.city",
    "address.province",
    "address.country_code",
    "address.phone",
  ].map((f) => `${prefix}${f}`)

export type LocationRow = {
  id?: string
  name?: string | null
  address?: {
    address_1?: string | null
    address_2?: string | null
    postal_code?: string | null
    city?: string | null
    province?: string | null
    country_code?: string | null
    phone?: string | null
  } | null
} | null

/** A stock location as the address a parcel goes to; null without one. */
export const returnAddress = (
  location: LocationRow | undefined
): StoreReturnAddress | null => {
  const a = location?.address
  if (!a?.address_1 && !a?.city) {
    return null
  }
  return {
    name: location?.name ?? null,
    address_1: a.address_1 || null,
    address_2: a.address_2 || null,
    postal_code: a.postal_code || null,
    city: a.city || null,
    province: a.province || null,
    country_code: a.country_code?.toUpperCase() ?? null,
    phone: a.phone || null,
  }
}

export type OrderRefund = {
  id: string
  amount: number
  note: string | null
  created_at: Dated
}

/**
 * The payment refund that paid a received return back: Medusa links no
 * refund to a return, so it is the first refund of the order after the
 * items were received for exactly the request's refund, that no dispute
 * made (`excluded`). A refund of another amount is not claimed: a page
 * saying "refunded" must not be a guess.
 */
export const matchReturnRefund = (
  refunds: OrderRefund[],
  {
    received_at,
    refund_total,
    excluded,
  }: { received_at: Dated; refund_total: number; excluded: Set<string> }
): OrderRefund | null =>
  refunds
    .filter(
      (r) =>
        !excluded.has(r.id) &&
        new Date(r.created_at).getTime() >= new Date(received_at).getTime() &&
        Math.round(Number(r.amount) * 100) === Math.round(refund_total * 100)
    )
    .sort(
      (a, b) =>
        new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
    )[0] ?? null
