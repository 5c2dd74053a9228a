import type { z } from "@medusajs/framework/zod"
import type {
  AdminCreateWebhookEndpoint,
  AdminGetWebhookDeliveriesParams,
  AdminReplayWebhookDeliveries,
  AdminUpdateWebhookEndpoint,
} from "../../api/admin/webhooks/validators"
import type {
  WebhookDeliveryRecord,
  WebhookEndpointRecord,
  WebhookEnvelope,
} from "../../modules/webhooks/types"
import type { DeleteResponse, PaginatedResponse, Serialized } from "./common"

export type { WebhookEnvelope } from "../../modules/webhooks/types"

/** An endpoint as staff see it: never its secret. */
export type AdminWebhookEndpoint = Serialized<
  Omit<WebhookEndpointRecord, "secret" | "deleted_at">
>
/** Create and rotate answer the secret, this once. */
export type AdminWebhookEndpointWithSecret = AdminWebhookEndpoint & {
  secret: string
}
export type AdminWebhookDelivery = Serialized<
  Omit<WebhookDeliveryRecord, "seq" | "locked_until" | "deleted_at" | "payload">
> & { payload?: WebhookEnvelope }

export type AdminWebhookEventType = {
  type: string
  description: string
  /** The payload names the customer (email, name). */
  pii: boolean
}

export type AdminWebhookEventListResponse = {
  events: AdminWebhookEventType[]
}
export type AdminWebhookEndpointResponse = { endpoint: AdminWebhookEndpoint }
export type AdminWebhookEndpointWithSecretResponse = {
  endpoint: AdminWebhookEndpointWithSecret
}
export type AdminWebhookEndpointListResponse = PaginatedResponse<{
  endpoints: AdminWebhookEndpoint[]
}>
export type AdminWebhookEndpointDeleteResponse =
  DeleteResponse<"webhook_endpoint">
export type AdminWebhookDeliveryResponse = { delivery: AdminWebhookDelivery }
export type AdminWebhookDeliveryListResponse = PaginatedResponse<{
  deliveries: AdminWebhookDelivery[]
}>
/** Replays answer the new deliveries (pending or already attempted). */
export type AdminWebhookReplayResponse = {
  deliveries: AdminWebhookDelivery[]
  count: number
}

export type AdminCreateWebhookEndpointBody = z.input<
  typeof AdminCreateWebhookEndpoint
>
export type AdminUpdateWebhookEndpointBody = z.input<
  typeof AdminUpdateWebhookEndpoint
>
export type AdminReplayWebhookDeliveriesBody = z.input<
  typeof AdminReplayWebhookDeliveries
>
export type AdminWebhookDeliveriesQuery = Partial<
  z.input<typeof AdminGetWebhookDeliveriesParams>
>
