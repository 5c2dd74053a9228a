import { z } from "@medusajs/framework/zod"
import {
  boundedArray,
  boundedString,
  listParams,
  MAX_LENGTH,
  requiredString,
} from "../../utils/validators"
import { DISPUTE_REASONS } from "../../utils/dispute-validators"

const reasonCategories = boundedArray(
  "reason_categories",
  z.enum(DISPUTE_REASONS, {
    error: `reason_categories must be among ${DISPUTE_REASONS.join(", ")}`,
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
