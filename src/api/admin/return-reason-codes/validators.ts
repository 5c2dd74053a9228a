import { z } from "@medusajs/framework/zod"
import {
  booleanParam,
  boundedString,
  MAX_LENGTH,
  requiredString,
  retrieveParams,
  searchListParams,
} from "../../utils/validators"

export type AdminGetReasonCodesParamsType = z.infer<
  typeof AdminGetReasonCodesParams
>
export const AdminGetReasonCodesParams = searchListParams({
  limit: 50,
  order: "code",
  sortable: ["code", "label", "created_at", "updated_at"],
}).extend({
  active: booleanParam("active").optional(),
})

export const AdminGetReasonCodeParams = retrieveParams()

const ReasonCodeFields = {
  // Stored upper case: "wrong_size" becomes WRONG_SIZE.
  code: boundedString("code", MAX_LENGTH.id)
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]*$/, {
      error:
        "code must start with a letter and contain only letters, digits and underscores",
    }),
  label: requiredString("label", MAX_LENGTH.name),
  requires_review: z
    .boolean({ error: "requires_review must be true or false" })
    .optional(),
  requires_evidence: z
    .boolean({ error: "requires_evidence must be true or false" })
    .optional(),
  restocking_fee_percent_override: z
    .number({
      error: "restocking_fee_percent_override must be a number or null",
    })
    .min(0, {
      error: "restocking_fee_percent_override must be between 0 and 100",
    })
    .max(100, {
      error: "restocking_fee_percent_override must be between 0 and 100",
    })
    .nullish(),
  active: z.boolean({ error: "active must be true or false" }).optional(),
}

export type AdminCreateReasonCodeType = z.infer<typeof AdminCreateReasonCode>
export const AdminCreateReasonCode = z.strictObject(ReasonCodeFields)

export type AdminUpdateReasonCodeType = z.infer<typeof AdminUpdateReasonCode>
export const AdminUpdateReasonCode = z.strictObject(ReasonCodeFields).partial()
