import { model } from "@medusajs/framework/utils"
import { atLeast, matches } from "../../../utils/checks"
import type { RefundBreakdown } from "../engine/types"
import ReturnDecision from "./return-decision"
import ReturnRequestItem from "./return-request-item"

/**
 * A return request (RMA) made by a customer or by a CSR on their behalf.
 * Once approved, the native Medusa return it created is `return_id`.
 */
const ReturnRequest = model
  .define("return_request", {
    id: model.id({ prefix: "rreq" }).primaryKey(),
    // RMA-YYYY-NNNNNN, gapless per year (see nextRmaNumber).
    rma_number: model.text().searchable(),
    order_id: model.text(),
    customer_id: model.text(),
    channel: model.enum(["storefront", "phone", "email", "chat", "in_store"]),
    created_by_type: model.enum(["customer", "admin"]),
    created_by: model.text(),
    status: model
      .enum(["pending_review", "approved", "rejected", "canceled", "completed"])
      .default("pending_review"),
    items: model.hasMany(() => ReturnRequestItem, { mappedBy: "request" }),
    decisions: model.hasMany(() => ReturnDecision, { mappedBy: "request" }),
    // The engine's RefundBreakdown when the request was evaluated.
    refund_estimate: model.json<RefundBreakdown>(),
    refund_method: model
      .enum(["original_payment", "store_credit"])
      .default("original_payment"),
    policy_id: model.text(),
    policy_version: model.number(),
    tier_id: model.text().nullable(),
    tier_name: model.text().nullable(),
    return_id: model.text().nullable(),
    note: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    // The returns report's facts, kept on the row so a report over a large
    // store reads no decisions and no items per request: the first
    // decision (made with the request), when the request was first decided
    // (auto-approved or rejected at once, or by a reviewer later; never by
    // a withdrawal) and its item count (items are fixed at creation).
    first_outcome: model
      .enum(["auto_approve", "review", "reject", "approved", "rejected"])
      .nullable(),
    first_decided_by_type: model
      .enum(["policy", "admin", "customer", "system"])
      .nullable(),
    first_decision_at: model.dateTime().nullable(),
    items_quantity: model.number().default(0),
    // When the first dispute on the request was opened (written by the
    // open-dispute workflow): the returns report counts disputed requests
    // from its own per-day rollup instead of asking the dispute module.
    disputed_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    // Set by the admin form: a double submit finds the request it created.
    idempotency_key: model.text().nullable(),
    // When a CSR opened the return form; created_at - opened_at is the
    // initiation time reported for CSR returns.
    opened_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["rma_number"], unique: true },
    { on: ["order_id"] },
    { on: ["customer_id"] },
    { on: ["status", "created_at"] },
    // The reports select a period of requests by creation time.
    { on: ["created_at"] },
    { on: ["return_id"] },
    {
      on: ["idempotency_key"],
      unique: true,
      where: "idempotency_key IS NOT NULL AND deleted_at IS NULL",
    },
    { on: ["created_by_type", "created_at"] },
  ])
  .checks([
    matches(
      "return_request_rma_number_format",
      "rma_number",
      "^RMA-[0-9]{4}-[0-9]{6,}$"
    ),
    atLeast("return_request_policy_version_positive", "policy_version", 1),
  ])

export default ReturnRequest
