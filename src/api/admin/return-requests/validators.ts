import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createOperatorMap,
} from "@medusajs/medusa/api/utils/validators"

export const AdminGetReturnRequestsParams = createFindParams({
  offset: 0,
  limit: 50,
  // The review queue: oldest first.
  order: "created_at",
}).extend({
  status: z
    .union([
      z.enum([
        "pending_review",
        "approved",
        "rejected",
        "canceled",
        "completed",
      ]),
      z.array(
        z.enum([
          "pending_review",
          "approved",
          "rejected",
          "canceled",
          "completed",
        ])
      ),
    ])
    .optional(),
  // An RMA number, a customer's email or an order number (#12 or 12).
  q: z
    .string()
    .trim()
    .max(200, { error: "q is limited to 200 characters" })
    .optional(),
  channel: z.string().optional(),
  tier_id: z.string().optional(),
  customer_id: z.string().optional(),
  order_id: z.string().optional(),
  created_by: z.string().optional(),
  created_by_type: z.enum(["customer", "admin"]).optional(),
  // created_at[$gte]=2026-01-01&created_at[$lte]=2026-01-31, or from/to.
  created_at: createOperatorMap().optional(),
  from: z.coerce.date({ error: "from must be a date" }).optional(),
  to: z.coerce.date({ error: "to must be a date" }).optional(),
})
export type AdminGetReturnRequestsParamsType = z.infer<
  typeof AdminGetReturnRequestsParams
>

export const AdminApproveReturnRequest = z.strictObject({
  note: z.string().max(2000).optional(),
})
export type AdminApproveReturnRequestType = z.infer<
  typeof AdminApproveReturnRequest
>

export const AdminRejectReturnRequest = z.strictObject({
  note: z
    .string({ error: "note is required: tell the customer why" })
    .trim()
    .min(3, { error: "note is required: tell the customer why" })
    .max(2000),
})
export type AdminRejectReturnRequestType = z.infer<
  typeof AdminRejectReturnRequest
>

const CSR_CHANNELS = ["phone", "email", "chat", "in_store"] as const
const CONDITIONS = ["new", "opened", "damaged", "defective"] as const

const csrItem = z.strictObject({
  line_item_id: z
    .string({ error: "items.line_item_id is required" })
    .min(1, { error: "items.line_item_id is required" }),
  quantity: z
    .number({ error: "items.quantity must be a whole number of at least 1" })
    .int({ error: "items.quantity must be a whole number of at least 1" })
    .min(1, { error: "items.quantity must be a whole number of at least 1" }),
  reason_code: z
    .string({ error: "items.reason_code is required" })
    .trim()
    .min(1, { error: "items.reason_code is required" }),
  condition: z.enum(CONDITIONS, {
    error: `items.condition must be one of ${CONDITIONS.join(", ")}`,
  }),
  note: z.string().max(2000).optional(),
  has_evidence: z.boolean().optional(),
})

export const AdminCreateCsrReturn = z
  .strictObject({
    order_id: z
      .string({ error: "order_id is required" })
      .min(1, { error: "order_id is required" }),
    channel: z.enum(CSR_CHANNELS, {
      error: `channel must be one of ${CSR_CHANNELS.join(", ")}`,
    }),
    items: z
      .array(csrItem, { error: "items: pick at least one line" })
      .min(1, { error: "items: pick at least one line" }),
    contact_confirmed: z.literal(true, {
      error: "contact_confirmed: confirm the customer's contact details first",
    }),
    refund_method: z.enum(["original_payment", "store_credit"]).optional(),
    return_shipping_option_id: z.string().min(1).optional(),
    note: z.string().max(2000).optional(),
    override: z
      .strictObject({
        outcome: z.enum(["auto_approve", "review"], {
          error: "override.outcome must be auto_approve or review",
        }),
        justification: z
          .string({ error: "override.justification is required" })
          .trim()
          .min(10, {
            error:
              "override.justification is required (at least 10 characters): say why",
          })
          .max(2000),
      })
      .optional(),
    idempotency_key: z
      .string()
      .min(8, { error: "idempotency_key must be 8 to 200 characters" })
      .max(200, { error: "idempotency_key must be 8 to 200 characters" })
      .optional(),
    opened_at: z.coerce
      .date({ error: "opened_at must be a date" })
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
  order_id: z
    .string({ error: "order_id is required" })
    .min(1, { error: "order_id is required" }),
  items: z.array(csrItem.partial({ condition: true })).default([]),
  refund_method: z.enum(["original_payment", "store_credit"]).optional(),
  return_shipping_option_id: z.string().min(1).optional(),
})
export type AdminPreviewCsrReturnType = z.infer<typeof AdminPreviewCsrReturn>

export const AdminGetCsrEligibilityParams = z.object({
  order_id: z
    .string({ error: "order_id is required" })
    .min(1, { error: "order_id is required" }),
})
export type AdminGetCsrEligibilityParamsType = z.infer<
  typeof AdminGetCsrEligibilityParams
>

export const AdminGetCsrReportParams = z.object({
  from: z.coerce.date({ error: "from must be a date" }).optional(),
  to: z.coerce.date({ error: "to must be a date" }).optional(),
})
export type AdminGetCsrReportParamsType = z.infer<
  typeof AdminGetCsrReportParams
>
