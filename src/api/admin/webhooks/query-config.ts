/** Endpoint fields staff see; never `secret` (shown on create and rotate only). */
export const webhookEndpointFields = [
  "id",
  "url",
  "description",
  "events",
  "active",
  "consecutive_failures",
  "disabled_at",
  "disabled_reason",
  "created_at",
  "updated_at",
]

/** Delivery fields of the log; `payload` only on one delivery. */
export const webhookDeliveryFields = [
  "id",
  "endpoint_id",
  "event_id",
  "type",
  "entity_id",
  "replay_of",
  "status",
  "attempts",
  "next_attempt_at",
  "last_status_code",
  "last_latency_ms",
  "last_error",
  "delivered_at",
  "created_at",
  "updated_at",
]

export const listWebhookEndpointsQueryConfig = {
  defaults: webhookEndpointFields,
  allowed: webhookEndpointFields,
  isList: true,
  defaultLimit: 50,
}

export const listWebhookDeliveriesQueryConfig = {
  defaults: webhookDeliveryFields,
  allowed: [...webhookDeliveryFields, "payload"],
  isList: true,
  defaultLimit: 50,
}
