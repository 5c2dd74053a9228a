import { z } from "@medusajs/framework/zod"
import {
  boundedString,
  idString,
  listParams,
  MAX_LENGTH,
  positiveInt32,
} from "../../utils/validators"
import {
  allOrNoExchange,
  EXCHANGE_MIX_ERROR,
  ExchangeChoice,
} from "../../utils/exchange-validators"
import { ReturnMethodBody } from "../../utils/return-method-validators"

export type StoreCreateReturnRequestType = z.infer<
  typeof StoreCreateReturnRequest
>
export const StoreCreateReturnRequest = z.strictObject({
  order_id: idString("order_id"),
  items: z
    .array(
      z.strictObject({
        line_item_id: idString("items.line_item_id"),
        quantity: positiveInt32("items.quantity"),
        reason_code: idString("items.reason_code").transform((c) =>
          c.toUpperCase()
        ),
        condition: z
          .enum(["new", "opened", "damaged", "defective"], {
            error: "items.condition must be new, opened, damaged or defective",
          })
          .optional(),
        note: boundedString("items.note", MAX_LENGTH.note).optional(),
        has_evidence: z.boolean().optional(),
        exchange: ExchangeChoice.optional(),
      }),
      { error: "items must be a list" }
    )
    .min(1, { error: "items must name at least one item" })
    .max(100, { error: "items: at most 100 lines" })
    .refine(allOrNoExchange, { error: EXCHANGE_MIX_ERROR }),
  refund_method: z
    .enum(["original_payment", "store_credit"], {
      error: "refund_method must be original_payment or store_credit",
    })
    .optional(),
  return_shipping_option_id: idString("return_shipping_option_id").optional(),
  note: boundedString("note", MAX_LENGTH.note).optional(),
})

export const StoreGetReturnRequestsParams = listParams({
  limit: 20,
  order: "-created_at",
  sortable: ["created_at", "updated_at"],
})
export type StoreGetReturnRequestsParamsType = z.infer<
  typeof StoreGetReturnRequestsParams
>

export type StoreCancelReturnRequestType = z.infer<
  typeof StoreCancelReturnRequest
>
export const StoreCancelReturnRequest = z.strictObject({
  note: boundedString("note", MAX_LENGTH.note).optional(),
})

/** The request as it would be sent; a note changes nothing in the outcome. */
export const StorePreviewReturnRequest = StoreCreateReturnRequest.omit({
  note: true,
})
export type StorePreviewReturnRequestType = z.infer<
  typeof StorePreviewReturnRequest
>

/** Multipart text fields next to `file` on a return request's evidence. */
export const StoreReturnRequestEvidenceFields = z.strictObject({
  description: boundedString("description", MAX_LENGTH.note).optional(),
})
export type StoreReturnRequestEvidenceFieldsType = z.infer<
  typeof StoreReturnRequestEvidenceFields
>

/** How the parcel leaves the customer: a drop-off, or a pickup on a day. */
export const StoreReturnMethod = ReturnMethodBody
export type StoreReturnMethodType = z.infer<typeof StoreReturnMethod>
