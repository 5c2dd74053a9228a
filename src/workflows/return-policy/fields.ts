/**
 * The Query field lists of a return request, one home for the routes and
 * the workflows that read one (the dispute case file shows what staff see).
 */

/** What a customer may read of their return request. */
export const returnRequestFields = [
  "id",
  "rma_number",
  "order_id",
  "customer_id",
  "channel",
  "status",
  "refund_estimate",
  "refund_method",
  "tier_name",
  "return_id",
  "note",
  "decided_at",
  "created_at",
  "items.id",
  "items.line_item_id",
  "items.quantity",
  "items.reason_code",
  "items.condition",
  "items.refund_amount",
  "items.restocking_fee",
  "decisions.outcome",
  "decisions.reasons",
  "decisions.note",
  "decisions.created_at",
]

/** What staff read: the customer's view plus the decision trail. */
export const adminReturnRequestFields = [
  ...returnRequestFields,
  "created_by_type",
  "created_by",
  "policy_id",
  "policy_version",
  "tier_id",
  "metadata",
  "idempotency_key",
  "opened_at",
  // Staff only: a CSR's note on a line (what evidence they saw).
  "items.note",
  "decisions.id",
  "decisions.override",
  "decisions.decided_by_type",
  "decisions.decided_by",
  "decisions.policy_version",
  "decisions.tier_snapshot",
  "decisions.rules",
  "decisions.time_to_decision_ms",
]
