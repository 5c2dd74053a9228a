import { model } from "@medusajs/framework/utils"
import { matches, nullOrBetween } from "../../../utils/checks"

/** Why an item comes back, and what that reason does to the decision. */
const ReturnReasonCode = model
  .define("return_reason_code", {
    id: model.id({ prefix: "rrc" }).primaryKey(),
    // Upper snake case, e.g. DAMAGED.
    code: model.text().searchable(),
    label: model.text().searchable(),
    requires_review: model.boolean().default(false),
    requires_evidence: model.boolean().default(false),
    // 0-100; replaces the policy's restocking fee when set.
    restocking_fee_percent_override: model.float().nullable(),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["code"], unique: true }, { on: ["active"] }])
  .checks([
    matches("return_reason_code_code_format", "code", "^[A-Z][A-Z0-9_]*$"),
    nullOrBetween(
      "return_reason_code_fee_override_range",
      "restocking_fee_percent_override",
      0,
      100
    ),
  ])

export default ReturnReasonCode
