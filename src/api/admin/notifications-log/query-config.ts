/** Attempt fields listed by default; `data` only on request (`fields=+data`). */
export const defaultAdminNotificationAttemptFields = [
  "id",
  "idempotency_key",
  "event",
  "template",
  "channel",
  "recipient",
  "status",
  "error",
  "attempt",
  "notification_id",
  "external_id",
  "entity_type",
  "entity_id",
  "customer_id",
  "transactional",
  "created_at",
]

export const listAdminNotificationAttemptsQueryConfig = {
  defaults: defaultAdminNotificationAttemptFields,
  isList: true,
  defaultLimit: 50,
}
