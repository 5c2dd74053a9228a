import { z } from "@medusajs/framework/zod"
import {
  boundedString,
  listParams,
  MAX_LENGTH,
  requiredString,
} from "../../utils/validators"

export { DisputeEvidenceFields } from "../../utils/dispute-validators"
export type { DisputeEvidenceFieldsType } from "../../utils/dispute-validators"

export {
  CreateDispute as StoreCreateDispute,
  type CreateDisputeType as StoreCreateDisputeType,
} from "../../utils/dispute-validators"

export const StoreCreateDisputeMessage = z.strictObject({
  body: requiredString("body", MAX_LENGTH.body),
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
  comment: boundedString("comment", MAX_LENGTH.note).optional(),
})
export type StoreRateDisputeType = z.infer<typeof StoreRateDispute>

export const StoreGetDisputesParams = listParams({
  limit: 20,
  order: "-created_at",
  sortable: ["created_at", "updated_at"],
})
export type StoreGetDisputesParamsType = z.infer<typeof StoreGetDisputesParams>
