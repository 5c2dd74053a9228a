import type { TemplateName } from "./index"

/** What an email template is for, as listed in the admin. */
export type TemplateInfo = {
  /** Human name of the email. */
  name: string
  /** The moment it is sent. */
  milestone: string
  /** Always `email`: the feed and SMS fallbacks reuse its subject and text. */
  channel: "email"
  /**
   * Transactional emails always go; the others are not sent to customers
   * who opted out of marketing.
   */
  transactional: boolean
}

/** Every template's description, by template name. */
export const templateCatalog: Record<TemplateName, TemplateInfo> = {
  "return-request-received": {
    name: "Return request received",
    milestone: "return_request.created",
    channel: "email",
    transactional: true,
  },
  "return-approved": {
    name: "Return approved",
    milestone: "return_request.approved",
    channel: "email",
    transactional: true,
  },
  "return-pending-review": {
    name: "Return pending review",
    milestone: "return_request.pending_review",
    channel: "email",
    transactional: true,
  },
  "return-rejected": {
    name: "Return rejected",
    milestone: "return_request.rejected",
    channel: "email",
    transactional: true,
  },
  "exchange-approved": {
    name: "Exchange approved",
    milestone: "return_request.exchange_approved",
    channel: "email",
    transactional: true,
  },
  "exchange-shipped": {
    name: "Exchange: new item shipped",
    milestone: "return_request.exchange_shipped",
    channel: "email",
    transactional: true,
  },
  "exchange-received": {
    name: "Exchange: old item received",
    milestone: "return_request.exchange_received",
    channel: "email",
    transactional: true,
  },
  "return-in-transit": {
    name: "Return parcel on its way",
    milestone: "return_shipment.in_transit",
    channel: "email",
    transactional: true,
  },
  "return-delivered": {
    name: "Return parcel delivered to the warehouse",
    milestone: "return_shipment.delivered",
    channel: "email",
    transactional: true,
  },
  "return-items-received": {
    name: "Items received and inspected",
    milestone: "order.return_received",
    channel: "email",
    transactional: true,
  },
  "refund-issued": {
    name: "Refund issued",
    milestone: "payment.refunded",
    channel: "email",
    transactional: true,
  },
  "dispute-opened": {
    name: "Dispute opened",
    milestone: "dispute.opened",
    channel: "email",
    transactional: true,
  },
  "dispute-staff-reply": {
    name: "New staff reply on a dispute",
    milestone: "dispute.message_added",
    channel: "email",
    transactional: true,
  },
  "dispute-resolved": {
    name: "Dispute resolved",
    milestone: "dispute.resolved",
    channel: "email",
    transactional: true,
  },
  "loyalty-tier-changed": {
    name: "Loyalty tier changed",
    milestone: "loyalty.tier_changed",
    channel: "email",
    transactional: false,
  },
  "reward-redeemed": {
    name: "Reward redeemed",
    milestone: "loyalty.reward_redeemed",
    channel: "email",
    transactional: true,
  },
  "points-expiring": {
    name: "Points expiring",
    milestone: "loyalty.points_expiring",
    channel: "email",
    transactional: false,
  },
  "csr-receipt": {
    name: "Return receipt (customer service)",
    milestone: "return_request.created (by staff)",
    channel: "email",
    transactional: true,
  },
  "guest-access-code": {
    name: "Guest access code (returns portal)",
    milestone: "return_portal.guest_code_requested",
    channel: "email",
    transactional: true,
  },
}
