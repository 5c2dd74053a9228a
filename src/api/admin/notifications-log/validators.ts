import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const DAY_MS = 86_400_000

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([schema, z.array(schema)]).optional()

export type AdminGetNotificationAttemptsParamsType = z.infer<
  typeof AdminGetNotificationAttemptsParams
>
export const AdminGetNotificationAttemptsParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "-created_at",
}).extend({
  status: oneOrMany(
    z.enum(["sent", "failed", "fallback"], {
      error: "status must be one of sent, failed, fallback",
    })
  ),
  channel: oneOrMany(
    z.enum(["email", "sms", "feed"], {
      error: "channel must be one of email, sms, feed",
    })
  ),
  template: oneOrMany(z.string()),
  event: oneOrMany(z.string()),
  customer_id: oneOrMany(z.string()),
  entity_id: oneOrMany(z.string()),
  idempotency_key: oneOrMany(z.string()),
})

export type AdminGetNotificationsReportParamsType = z.infer<
  typeof AdminGetNotificationsReportParams
>
export const AdminGetNotificationsReportParams = z
  .strictObject({
    from: z.coerce.date({ error: "from must be a date" }).optional(),
    to: z.coerce.date({ error: "to must be a date" }).optional(),
  })
  .transform((q) => {
    const to = q.to ?? new Date()
    const from = q.from ?? new Date(to.getTime() - 30 * DAY_MS)
    return { from, to }
  })
  .refine((q) => q.from < q.to, { error: "from must be before to" })
