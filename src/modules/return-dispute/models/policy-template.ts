import { model } from "@medusajs/framework/utils"

/**
 * A reply or rejection text citing store policy. `body` may use
 * {{customer_name}}, {{order_number}}, {{rma_number}}, {{amount}} and
 * {{dispute_number}}; a template is suggested for disputes of its reason
 * categories or whose return request used one of its reason codes.
 */
const PolicyTemplate = model
  .define("policy_template", {
    id: model.id({ prefix: "dsptpl" }).primaryKey(),
    title: model.text().searchable(),
    body: model.text(),
    reason_categories: model.json<string[]>().default([]),
    reason_codes: model.json<string[]>().default([]),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["active"], where: "deleted_at IS NULL" }])

export default PolicyTemplate
