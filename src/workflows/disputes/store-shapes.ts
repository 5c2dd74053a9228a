import {
  CLOSED_DISPUTE_STATUSES,
  type DisputeStatus,
} from "../../modules/return-dispute/types"
import type { StoreDisputeTimelineEvent } from "../../types/http/dispute"

/*
 * The pure rules behind the store's dispute answers: what the customer may
 * still do, and the dispute's story.
 */

type Dated = string | Date

export type DisputeForStore = {
  status: DisputeStatus
  opened_by_type: "customer" | "staff"
  rating: number | null
  created_at: Dated
  resolved_at: Dated | null
  resolution_note: string | null
  resolution_amount: number | string | null
  rating_comment: string | null
  rated_at: Dated | null
}

export type DisputeMessageForStore = {
  author_type: string
  body: string
  internal: boolean
  channel: string
  created_at: Dated
}

/** The customer can still write while the dispute is not closed. */
export const canReplyToDispute = (status: DisputeStatus) =>
  !CLOSED_DISPUTE_STATUSES.includes(status)

/** The customer rates a closed dispute, once (the rate workflow's rule). */
export const canRateDispute = (
  dispute: Pick<DisputeForStore, "status" | "rating">
) => CLOSED_DISPUTE_STATUSES.includes(dispute.status) && dispute.rating === null

// The status workflow posts its change as a system message in these words.
const STATUS_CHANGE = /^Status changed from /

const iso = (d: Dated) => new Date(d).toISOString()

/**
 * A dispute's story, oldest first: opened, each status change staff made
 * (the system messages the status workflow posts), the resolution or
 * rejection with its note and refunded amount, and the customer's rating.
 * Internal notes never appear.
 */
export const disputeTimeline = (
  dispute: DisputeForStore,
  messages: DisputeMessageForStore[]
): StoreDisputeTimelineEvent[] => {
  const events: StoreDisputeTimelineEvent[] = messages
    .filter(
      (m) =>
        !m.internal && m.author_type === "system" && STATUS_CHANGE.test(m.body)
    )
    .map((m) => ({
      type: "status_changed" as const,
      at: iso(m.created_at),
      by: "staff" as const,
      note: m.body,
      amount: null,
    }))
  if (dispute.resolved_at && CLOSED_DISPUTE_STATUSES.includes(dispute.status)) {
    const amount =
      dispute.resolution_amount === null
        ? null
        : Number(dispute.resolution_amount)
    events.push({
      type: dispute.status === "rejected" ? "rejected" : "resolved",
      at: iso(dispute.resolved_at),
      by: "staff",
      note: dispute.resolution_note ?? null,
      amount: amount && amount > 0 ? amount : null,
    })
  }
  if (dispute.rated_at) {
    events.push({
      type: "rated",
      at: iso(dispute.rated_at),
      by: "customer",
      note: dispute.rating_comment ?? null,
      amount: null,
    })
  }
  const later = events
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        new Date(a.e.at).getTime() - new Date(b.e.at).getTime() || a.i - b.i
    )
    .map(({ e }) => e)
  return [
    {
      type: "opened",
      at: iso(dispute.created_at),
      by: dispute.opened_by_type === "staff" ? "staff" : "customer",
      note: null,
      amount: null,
    },
    ...later,
  ]
}
