import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const REASONS = [
  "item_condition",
  "refund_amount",
  "rejected_return",
  "missing_item",
  "late_refund",
  "other",
] as const

const reasonCategories = z.array(
  z.enum(REASONS, {
    error: `reason_categories must be among ${REASONS.join(", ")}`,
  }),
  { error: "reason_categories must be a list" }
)
const reasonCodes = z.array(
  z
    .string({ error: "reason_codes must be a list of codes" })
    .min(1, { error: "reason_codes must not contain empty codes" })
    .transform((c) => c.toUpperCase()),
  { error: "reason_codes must be a list" }
)

export const AdminGetPolicyTemplatesParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "title",
}).extend({
  active: z
    .enum(["true", "false"], { error: "active must be true or false" })
    .transform((v) => v === "true")
    .optional(),
  q: z.string().max(200).optional(),
})
export type AdminGetPolicyTemplatesParamsType = z.infer<
  typeof AdminGetPolicyTemplatesParams
>

export const AdminCreatePolicyTemplate = z.strictObject({
  title: z
    .string({ error: "title is required" })
    .trim()
    .min(1, { error: "title is required" })
    .max(200, { error: "title must be at most 200 characters" }),
  body: z
    .string({ error: "body is required" })
    .trim()
    .min(1, { error: "body is required" })
    .max(10000, { error: "body must be at most 10000 characters" }),
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
