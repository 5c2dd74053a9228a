import { webhookDeliveryFields } from "../../utils/webhooks"

export { webhookDeliveryFields }

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
