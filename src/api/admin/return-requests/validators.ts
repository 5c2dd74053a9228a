import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

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
  channel: z.string().optional(),
  tier_id: z.string().optional(),
  customer_id: z.string().optional(),
  order_id: z.string().optional(),
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
