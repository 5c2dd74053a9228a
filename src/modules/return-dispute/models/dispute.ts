import { model } from "@medusajs/framework/utils"
import { matches, nullOrAtLeast, nullOrBetween } from "../../../utils/checks"
import DisputeEvidence from "./dispute-evidence"
import DisputeMessage from "./dispute-message"
import {
  DISPUTE_PRIORITIES,
  DISPUTE_REASON_CATEGORIES,
  DISPUTE_RESOLUTION_KINDS,
  DISPUTE_STATUSES,
} from "../constants"

export {
  DISPUTE_PRIORITIES,
  DISPUTE_REASON_CATEGORIES,
  DISPUTE_RESOLUTION_KINDS,
  DISPUTE_STATUSES,
}

/**
 * A customer's disagreement with a return outcome (or an order), worked by
 * staff until it is resolved (money moved, return approved) or rejected.
 * Order, customer and return request are read-only links on their ids.
 */
const Dispute = model
  .define("dispute", {
    id: model.id({ prefix: "dsp" }).primaryKey(),
    // DSP-NNNNNN, gapless (see nextDisputeNumber).
    number: model.text().searchable(),
    order_id: model.text(),
    return_request_id: model.text().nullable(),
    customer_id: model.text(),
    currency_code: model.text(),
    reason_category: model.enum([...DISPUTE_REASON_CATEGORIES]),
    claim: model.text().searchable(),
    status: model.enum([...DISPUTE_STATUSES]).default("open"),
    priority: model.enum([...DISPUTE_PRIORITIES]).default("normal"),
    opened_by_type: model.enum(["customer", "staff"]),
    opened_by: model.text(),
    // Admin user working the case.
    assignee_id: model.text().nullable(),
    sla_due_at: model.dateTime(),
    first_response_at: model.dateTime().nullable(),
    resolution_kind: model.enum([...DISPUTE_RESOLUTION_KINDS]).nullable(),
    // Major units of currency_code; set for refunds.
    resolution_amount: model.bigNumber().nullable(),
    resolution_note: model.text().nullable(),
    // Payment refunds made by the resolution.
    refund_ids: model.json<string[]>().nullable(),
    policy_template_id: model.text().nullable(),
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    rating: model.number().nullable(),
    rating_comment: model.text().nullable(),
    rated_at: model.dateTime().nullable(),
    messages: model.hasMany(() => DisputeMessage, { mappedBy: "dispute" }),
    evidence: model.hasMany(() => DisputeEvidence, { mappedBy: "dispute" }),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    { on: ["return_request_id"], where: "deleted_at IS NULL" },
    { on: ["assignee_id"], where: "deleted_at IS NULL" },
    { on: ["status", "sla_due_at"], where: "deleted_at IS NULL" },
    // The dispute and returns reports select disputes by opening time.
    { on: ["created_at"], where: "deleted_at IS NULL" },
    // One open dispute per return request, and per order for disputes
    // without a request: enforced by the database so that concurrent opens
    // cannot both win.
    {
      name: "IDX_dispute_open_return_request_unique",
      on: ["return_request_id"],
      unique: true,
      where:
        "return_request_id IS NOT NULL AND status NOT IN ('resolved', 'rejected') AND deleted_at IS NULL",
    },
    {
      name: "IDX_dispute_open_order_unique",
      on: ["order_id"],
      unique: true,
      where:
        "return_request_id IS NULL AND status NOT IN ('resolved', 'rejected') AND deleted_at IS NULL",
    },
  ])
  .checks([
    matches("dispute_number_format", "number", "^DSP-[0-9]{6,}$"),
    nullOrBetween("dispute_rating_range", "rating", 1, 5),
    nullOrAtLeast(
      "dispute_resolution_amount_non_negative",
      "resolution_amount"
    ),
  ])

export default Dispute
