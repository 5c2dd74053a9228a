import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type StoreCreateReturnRequestType = z.infer<
  typeof StoreCreateReturnRequest
>
export const StoreCreateReturnRequest = z.strictObject({
  order_id: z
    .string({ error: "order_id is required" })
    .min(1, { error: "order_id is required" }),
  items: z
    .array(
      z.strictObject({
        line_item_id: z
          .string({ error: "items.line_item_id is required" })
          .min(1, { error: "items.line_item_id is required" }),
        quantity: z
          .number({ error: "items.quantity must be a whole number" })
          .int({ error: "items.quantity must be a whole number" })
          .positive({ error: "items.quantity must be at least 1" }),
        reason_code: z
          .string({ error: "items.reason_code is required" })
          .min(1, { error: "items.reason_code is required" })
          .transform((c) => c.toUpperCase()),
        condition: z
          .enum(["new", "opened", "damaged", "defective"], {
            error: "items.condition must be new, opened, damaged or defective",
          })
          .optional(),
        note: z.string().max(1000).optional(),
        has_evidence: z.boolean().optional(),
      }),
      { error: "items must be a list" }
    )
    .min(1, { error: "items must name at least one item" }),
  refund_method: z
    .enum(["original_payment", "store_credit"], {
      error: "refund_method must be original_payment or store_credit",
    })
    .optional(),
  return_shipping_option_id: z.string().optional(),
  note: z.string().max(2000).optional(),
})

export const StoreGetReturnRequestsParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "-created_at",
})
export type StoreGetReturnRequestsParamsType = z.infer<
  typeof StoreGetReturnRequestsParams
>

export type StoreCancelReturnRequestType = z.infer<
  typeof StoreCancelReturnRequest
>
export const StoreCancelReturnRequest = z.strictObject({
  note: z
    .string()
    .max(1000, { error: "note is at most 1000 characters" })
    .optional(),
})
