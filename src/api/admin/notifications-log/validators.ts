import { z } from "@medusajs/framework/zod"
import {
  boundedArray,
  boundedDate,
  boundedString,
  idFilter,
  listParams,
  MAX_LENGTH,
} from "../../utils/validators"

const DAY_MS = 86_400_000

const oneOrMany = <T extends z.ZodTypeAny>(field: string, schema: T) =>
  z.union([schema, boundedArray(field, schema)]).optional()

export type AdminGetNotificationAttemptsParamsType = z.infer<
  typeof AdminGetNotificationAttemptsParams
>
export const AdminGetNotificationAttemptsParams = listParams({
  limit: 50,
  order: "-created_at",
  sortable: ["created_at", "status", "channel", "template", "event"],
}).extend({
  status: oneOrMany(
    "status",
    z.enum(["sent", "failed", "fallback"], {
      error: "status must be one of sent, failed, fallback",
    })
  ),
  channel: oneOrMany(
    "channel",
    z.enum(["email", "sms", "feed"], {
      error: "channel must be one of email, sms, feed",
    })
  ),
  template: oneOrMany("template", boundedString("template", MAX_LENGTH.name)),
  event: oneOrMany("event", boundedString("event", MAX_LENGTH.name)),
  customer_id: oneOrMany("customer_id", idFilter("customer_id")),
  entity_id: oneOrMany("entity_id", idFilter("entity_id")),
  idempotency_key: oneOrMany(
    "idempotency_key",
    boundedString("idempotency_key", MAX_LENGTH.name)
  ),
})

export type AdminGetNotificationsReportParamsType = z.infer<
  typeof AdminGetNotificationsReportParams
>
export const AdminGetNotificationsReportParams = z
  .strictObject({
    from: boundedDate("from").optional(),
    to: boundedDate("to").optional(),
  })
  .transform((q) => {
    const to = q.to ?? new Date()
    const from = q.from ?? new Date(to.getTime() - 30 * DAY_MS)
    return { from, to }
  })
  .refine((q) => q.from < q.to, { error: "from must be before to" })

export type AdminResendNotificationType = z.infer<
  typeof AdminResendNotification
>
/** Resending takes no options: everything comes from the logged attempt. */
export const AdminResendNotification = z.strictObject({})
