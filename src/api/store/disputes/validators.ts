import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { reasonCategory, requiredText } from "../../admin/disputes/validators"

export { DisputeEvidenceFields } from "../../admin/disputes/validators"
export type { DisputeEvidenceFieldsType } from "../../admin/disputes/validators"

export const StoreCreateDispute = z.strictObject({
  order_id: requiredText("order_id", 200),
  return_request_id: z.string().min(1).optional(),
  reason_category: reasonCategory,
  claim: requiredText("claim", 5000),
})
export type StoreCreateDisputeType = z.infer<typeof StoreCreateDispute>

export const StoreCreateDisputeMessage = z.strictObject({
  body: requiredText("body", 10000),
})
export type StoreCreateDisputeMessageType = z.infer<
  typeof StoreCreateDisputeMessage
>

export const StoreRateDispute = z.strictObject({
  rating: z
    .number({ error: "rating must be a whole number from 1 to 5" })
    .int({ error: "rating must be a whole number from 1 to 5" })
    .min(1, { error: "rating must be a whole number from 1 to 5" })
    .max(5, { error: "rating must be a whole number from 1 to 5" }),
  comment: z
    .string()
    .max(2000, { error: "comment must be at most 2000 characters" })
    .optional(),
})
export type StoreRateDisputeType = z.infer<typeof StoreRateDispute>

export const StoreGetDisputesParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "-created_at",
})
export type StoreGetDisputesParamsType = z.infer<typeof StoreGetDisputesParams>
