import { model } from "@medusajs/framework/utils"
import { atLeast } from "../../../utils/checks"
import type { RuleResult, TierSnapshot } from "../engine/types"
import ReturnRequest from "./return-request"

/**
 * Append-only audit of every decision on a return request: the policy
 * engine's outcome at creation, then each human or system transition, with
 * the rules and the policy version behind it.
 */
const ReturnDecision = model
  .define("return_decision", {
    id: model.id({ prefix: "rdec" }).primaryKey(),
    request: model.belongsTo(() => ReturnRequest, { mappedBy: "decisions" }),
    // Engine outcomes (auto_approve, review, reject), then human and system
    // ones.
    outcome: model.enum([
      "auto_approve",
      "review",
      "reject",
      "approved",
      "rejected",
      "canceled",
      "completed",
    ]),
    decided_by_type: model.enum(["policy", "admin", "customer", "system"]),
    // The admin user (or customer) id; null for the policy and the system.
    decided_by: model.text().nullable(),
    policy_id: model.text(),
    policy_version: model.number(),
    tier_snapshot: model.json<TierSnapshot>().nullable(),
    rules: model.json<RuleResult[]>().default([]),
    reasons: model.json<string[]>().default([]),
    note: model.text().nullable(),
    // A CSR's override of the policy's outcome: { policy_outcome, outcome,
    // justification }; decided_by says who. null when nobody overrode.
    override: model.json().nullable(),
    // Milliseconds from the request's creation to this decision.
    time_to_decision_ms: model.bigNumber().default(0),
  })
  .indexes([{ on: ["request_id", "created_at"] }])
  .checks([atLeast("return_decision_time_non_negative", "time_to_decision_ms")])

export default ReturnDecision
