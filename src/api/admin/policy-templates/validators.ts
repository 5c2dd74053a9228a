import { z } from "@medusajs/framework/zod"
import {
  boundedArray,
  boundedString,
  listParams,
  MAX_LENGTH,
  requiredString,
} from "../../utils/validators"

const REASONS = [
  "item_condition",
  "refund_amount",
  "rejected_return",
  "missing_item",
  "late_refund",
  "other",
] as const

const reasonCategories = boundedArray(
  "reason_categories",
  z.enum(REASONS, {
    error: `reason_categories must be among ${REASONS.join(", ")}`,
  })
)
const reasonCodes = boundedArray(
  "reason_codes",
  boundedString("reason_codes", MAX_LENGTH.id)
    .min(1, { error: "reason_codes must not contain empty codes" })
    .transform((c) => c.toUpperCase())
)

export const AdminGetPolicyTemplatesParams = listParams({
  limit: 50,
  order: "title",
  sortable: ["title", "created_at", "updated_at"],
}).extend({
  active: z
    .enum(["true", "false"], { error: "active must be true or false" })
    .transform((v) => v === "true")
    .optional(),
  q: boundedString("q", MAX_LENGTH.query).optional(),
})
export type AdminGetPolicyTemplatesParamsType = z.infer<
  typeof AdminGetPolicyTemplatesParams
>

export const AdminCreatePolicyTemplate = z.strictObject({
  title: requiredString("title", MAX_LENGTH.name),
  body: requiredString("body", MAX_LENGTH.body),
  reason_categories: reasonCategories.optional(),
  reason_codes: reasonCodes.optional(),
  active: z.boolean({ error: "active must be true or false" }).optional(),
})
export type AdminCreatePolicyTemplateType = z.infer<
  typeof AdminCreatePolicyTemplate
>

export const AdminUpdatePolicyTemplate = AdminCreatePolicyTemplate.partial()
export type AdminUpdatePolicyTemplateType = z.infer<
  typeof AdminUpdatePolicyTemplate
>
