import { z } from "@medusajs/framework/zod"
import {
  allOrNoExchange,
  EXCHANGE_MIX_ERROR,
  ExchangeChoice,
  ExchangeSearchParams,
} from "../../utils/exchange-validators"
import { createOperatorMap } from "@medusajs/medusa/api/utils/validators"
import {
  boundedDate,
  boundedString,
  idFilter,
  idString,
  listParams,
  MAX_LENGTH,
  positiveInt32,
} from "../../utils/validators"
import { ReturnMethodBody } from "../../utils/return-method-validators"

const status = z.enum([
  "pending_review",
  "approved",
  "rejected",
  "canceled",
  "completed",
])

export const AdminGetReturnRequestsParams = listParams({
  limit: 50,
  // The review queue: oldest first.
  order: "created_at",
  sortable: ["created_at", "updated_at", "rma_number", "status"],
}).extend({
  status: z.union([status, z.array(status)]).optional(),
  // An RMA number, a customer's email or an order number (#12 or 12).
  q: boundedString("q", 200).trim().optional(),
  channel: boundedString("channel", MAX_LENGTH.id).optional(),
  tier_id: idFilter("tier_id").optional(),
  customer_id: idFilter("customer_id").optional(),
  order_id: idFilter("order_id").optional(),
  created_by: idFilter("created_by").optional(),
  created_by_type: z.enum(["customer", "admin"]).optional(),
  // created_at[$gte]=2026-01-01&created_at[$lte]=2026-01-31, or from/to.
  created_at: createOperatorMap(boundedDate("created_at")).optional(),
  from: boundedDate("from").optional(),
  to: boundedDate("to").optional(),
})
export type AdminGetReturnRequestsParamsType = z.infer<
  typeof AdminGetReturnRequestsParams
>

export const AdminApproveReturnRequest = z.strictObject({
  note: boundedString("note", MAX_LENGTH.note).optional(),
})
export type AdminApproveReturnRequestType = z.infer<
  typeof AdminApproveReturnRequest
>

export const AdminRejectReturnRequest = z.strictObject({
  note: boundedString("note", MAX_LENGTH.note)
    .trim()
    .min(3, { error: "note is required: tell the customer why" }),
})
export type AdminRejectReturnRequestType = z.infer<
  typeof AdminRejectReturnRequest
>

/**
 * A CSR books the pickup (or switches to a drop-off) for the customer: the
 * body and rules of the customer's own `return-method` route.
 */
export const AdminReturnMethod = ReturnMethodBody
export type AdminReturnMethodType = z.infer<typeof AdminReturnMethod>

const CSR_CHANNELS = ["phone", "email", "chat", "in_store"] as const
const CONDITIONS = ["new", "opened", "damaged", "defective"] as const

const csrItem = z.strictObject({
  line_item_id: idString("items.line_item_id"),
  quantity: positiveInt32("items.quantity"),
  reason_code: idString("items.reason_code"),
  condition: z.enum(CONDITIONS, {
    error: `items.condition must be one of ${CONDITIONS.join(", ")}`,
  }),
  note: boundedString("items.note", MAX_LENGTH.note).optional(),
  has_evidence: z.boolean().optional(),
  exchange: ExchangeChoice.optional(),
})

export const AdminCreateCsrReturn = z
  .strictObject({
    order_id: idString("order_id"),
    channel: z.enum(CSR_CHANNELS, {
      error: `channel must be one of ${CSR_CHANNELS.join(", ")}`,
    }),
    items: z
      .array(csrItem, { error: "items: pick at least one line" })
      .min(1, { error: "items: pick at least one line" })
      .max(100, { error: "items: at most 100 lines" })
      .refine(allOrNoExchange, { error: EXCHANGE_MIX_ERROR }),
    contact_confirmed: z.literal(true, {
      error: "contact_confirmed: confirm the customer's contact details first",
    }),
    refund_method: z.enum(["original_payment", "store_credit"]).optional(),
    return_shipping_option_id: idString("return_shipping_option_id").optional(),
    note: boundedString("note", MAX_LENGTH.note).optional(),
    override: z
      .strictObject({
        outcome: z.enum(["auto_approve", "review"], {
          error: "override.outcome must be auto_approve or review",
        }),
        justification: boundedString("override.justification", MAX_LENGTH.note)
          .trim()
          .min(10, {
            error:
              "override.justification is required (at least 10 characters): say why",
          }),
      })
      .optional(),
    idempotency_key: boundedString("idempotency_key", 200)
      .min(8, { error: "idempotency_key must be 8 to 200 characters" })
      .max(200, { error: "idempotency_key must be 8 to 200 characters" })
      .optional(),
    opened_at: boundedDate("opened_at")
      .refine((d) => d.getTime() <= Date.now() + 60_000, {
        error: "opened_at cannot be in the future",
      })
      .optional(),
  })
  .superRefine((body, ctx) => {
    // Ticking "evidence seen" satisfies a reason that requires evidence: the
    // trail must say what was seen, as the customer's upload would show it.
    body.items?.forEach((item, index) => {
      if (item.has_evidence && !item.note?.trim()) {
        ctx.addIssue({
          code: "custom",
          path: ["items", index, "note"],
          message:
            "items.note: describe the evidence you saw (photos, documents) when has_evidence is set",
        })
      }
    })
  })
export type AdminCreateCsrReturnType = z.infer<typeof AdminCreateCsrReturn>

export const AdminPreviewCsrReturn = z.strictObject({
  order_id: idString("order_id"),
  items: z
    .array(csrItem.partial({ condition: true }), {
      error: "items must be a list",
    })
    .max(100, { error: "items: at most 100 lines" })
    .refine(allOrNoExchange, { error: EXCHANGE_MIX_ERROR })
    .default([]),
  refund_method: z.enum(["original_payment", "store_credit"]).optional(),
  return_shipping_option_id: idString("return_shipping_option_id").optional(),
})
export type AdminPreviewCsrReturnType = z.infer<typeof AdminPreviewCsrReturn>

export const AdminGetCsrEligibilityParams = z.object({
  order_id: idString("order_id"),
})
export type AdminGetCsrEligibilityParamsType = z.infer<
  typeof AdminGetCsrEligibilityParams
>

export const AdminGetCsrReportParams = z.object({
  from: boundedDate("from").optional(),
  to: boundedDate("to").optional(),
})
export type AdminGetCsrReportParamsType = z.infer<
  typeof AdminGetCsrReportParams
>

export const AdminGetExchangeVariantsParams = ExchangeSearchParams.extend({
  order_id: idString("order_id"),
  line_item_id: idString("line_item_id"),
})
export type AdminGetExchangeVariantsParamsType = z.infer<
  typeof AdminGetExchangeVariantsParams
>
