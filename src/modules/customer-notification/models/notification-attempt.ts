import { model } from "@medusajs/framework/utils"
import { atLeast } from "../../../utils/checks"

/**
 * Append-only log of every delivery attempt: one row per provider call
 * (email, SMS) and one per feed fallback. Holds no full address: `recipient`
 * is masked (`v***@example.com`, `***4567`) and `error` is a short,
 * redacted reason.
 */
const NotificationAttempt = model
  .define("notification_attempt", {
    id: model.id({ prefix: "natt" }).primaryKey(),
    // `${event}:${entity_id}:${template}`, plus a suffix for admin resends.
    idempotency_key: model.text(),
    event: model.text(),
    template: model.text(),
    channel: model.enum(["email", "sms", "feed"]),
    recipient: model.text().nullable(),
    status: model.enum(["sent", "failed", "fallback"]),
    error: model.text().nullable(),
    // 1-based, per idempotency key and channel.
    attempt: model.number().default(1),
    // The Notification module's record (`noti_…`) and the provider's own id.
    notification_id: model.text().nullable(),
    external_id: model.text().nullable(),
    entity_type: model.text(),
    entity_id: model.text(),
    customer_id: model.text().nullable(),
    transactional: model.boolean().default(true),
    // The caller's template data, kept so an admin can resend.
    data: model.json().nullable(),
  })
  .indexes([
    { on: ["idempotency_key", "status"] },
    { on: ["status", "created_at"] },
    { on: ["template"] },
    { on: ["customer_id"] },
    { on: ["entity_id"] },
    { on: ["created_at"] },
  ])
  .checks([atLeast("notification_attempt_attempt_positive", "attempt", 1)])

export default NotificationAttempt
