/**
 * Every event an endpoint can subscribe to, with what its `data` holds.
 * `pii: true` marks the events whose payload names the customer (email,
 * name); the others carry ids only. A unit test keeps this list in step
 * with the event constants of the workflows.
 */
export const WEBHOOK_EVENTS = [
  {
    type: "return_request.created",
    description:
      "A return request was recorded (RMA number, items, refund estimate).",
    pii: false,
  },
  {
    type: "return_request.approved",
    description: "A return request was approved, automatically or by staff.",
    pii: false,
  },
  {
    type: "return_request.pending_review",
    description: "A return request waits for a staff review.",
    pii: false,
  },
  {
    type: "return_request.rejected",
    description: "A return request was rejected.",
    pii: false,
  },
  {
    type: "return_request.canceled",
    description: "A return request was canceled.",
    pii: false,
  },
  {
    type: "return_request.refund_pending",
    description:
      "An approved request: finance can expect to refund the amount.",
    pii: false,
  },
  {
    type: "return_request.completed",
    description: "The items of a return request were received.",
    pii: false,
  },
  {
    type: "return_request.store_credit_issued",
    description:
      "A return was refunded in store credit (amount, never the code).",
    pii: false,
  },
  {
    type: "return_request.exchange_approved",
    description:
      "An exchange was approved: Medusa's exchange exists (exchange id, price difference).",
    pii: false,
  },
  {
    type: "return_request.exchange_received",
    description:
      "The old item of an exchange came back (whether the new one shipped now, the surplus refunded).",
    pii: false,
  },
  {
    type: "return_request.exchange_overdue",
    description:
      "An instant exchange's old item is late: flagged for a person to decide.",
    pii: false,
  },
  {
    type: "return_shipment.in_transit",
    description: "The carrier has the return parcel (tracking number).",
    pii: false,
  },
  {
    type: "return_shipment.delivered",
    description: "The return parcel reached the warehouse.",
    pii: false,
  },
  {
    type: "dispute.opened",
    description:
      "A dispute was opened; carries the customer's claim, name and email for a helpdesk ticket.",
    pii: true,
  },
  {
    type: "dispute.message_added",
    description:
      "A customer or staff message on a dispute (internal notes are never sent).",
    pii: false,
  },
  {
    type: "dispute.evidence_added",
    description: "Evidence (a file) was added to a dispute.",
    pii: false,
  },
  {
    type: "dispute.assigned",
    description: "A dispute was assigned to a staff member.",
    pii: false,
  },
  {
    type: "dispute.status_changed",
    description: "A dispute moved to another status.",
    pii: false,
  },
  {
    type: "dispute.resolved",
    description:
      "A dispute was resolved (kind and amount, never internal notes).",
    pii: false,
  },
  {
    type: "dispute.rated",
    description: "The customer rated how their dispute was handled.",
    pii: false,
  },
  {
    type: "loyalty.points_earned",
    description: "Points were credited for an order.",
    pii: false,
  },
  {
    type: "loyalty.tier_changed",
    description: "A customer moved to another loyalty tier.",
    pii: false,
  },
  {
    type: "loyalty.reward_redeemed",
    description: "A customer redeemed a reward (never the reward code).",
    pii: false,
  },
  {
    type: "loyalty.points_expiring",
    description: "A customer's points expire soon.",
    pii: false,
  },
  {
    type: "customer_notification.failed",
    description:
      "A customer email could not be delivered; carries the customer's name and email so someone can reach them.",
    pii: true,
  },
] as const

/** An event type an endpoint can subscribe to. */
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]["type"]

/** Sent only by "Send test"; no endpoint subscribes to it. */
export const WEBHOOK_TEST_EVENT = "webhook.test"

/** The envelope's `api_version`: changes only with a breaking payload change. */
export const WEBHOOK_API_VERSION = "2026-12-01"

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] =
  WEBHOOK_EVENTS.map((e) => e.type)
