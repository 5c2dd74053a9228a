import type { InferTypeOf } from "@medusajs/framework/types"
import type WebhookDelivery from "./models/webhook-delivery"
import type WebhookEndpoint from "./models/webhook-endpoint"

export type WebhookEndpointRecord = InferTypeOf<typeof WebhookEndpoint>
export type WebhookDeliveryRecord = InferTypeOf<typeof WebhookDelivery>
export type WebhookDeliveryStatus = WebhookDeliveryRecord["status"]

/** The body every delivery sends, for every event type. */
export type WebhookEnvelope<TData = Record<string, unknown>> = {
  /** The idempotency id: the same on retries and replays. */
  id: string
  type: string
  /** When the event happened (ISO 8601). */
  created_at: string
  api_version: string
  data: TData
}

/** Plugin options under `webhooks`. */
export type WebhooksOptions = {
  webhooks?: {
    allow_private_urls?: boolean | string[]
    max_attempts?: number
    retry_base_ms?: number
    retry_max_ms?: number
    timeout_ms?: number
    disable_after_failures?: number
  }
}

export type WebhookSettings = {
  /** `true`, or the only private addresses allowed (e.g. `["127.0.0.1"]`). */
  allow_private_urls: boolean | string[]
  /** `https` only: true when NODE_ENV is `production`. */
  https_only: boolean
  /** Attempts of one delivery before it is marked failed. */
  max_attempts: number
  retry_base_ms: number
  retry_max_ms: number
  /** Per attempt, connection to last byte. */
  timeout_ms: number
  /** Failed attempts in a row that switch an endpoint off. */
  disable_after_failures: number
}

/** One event to fan out to the endpoints subscribed to its type. */
export type EnqueueWebhookEventInput = {
  event_id: string
  type: string
  entity_id: string
  payload: WebhookEnvelope
  /** Only this endpoint (a test send); else every active subscriber. */
  endpoint_id?: string
}

/** What one attempt produced, written back by `recordAttempts`. */
export type WebhookAttemptResult = {
  delivery_id: string
  ok: boolean
  status_code: number | null
  latency_ms: number | null
  error: string | null
}

/** A delivery claimed for one attempt, with what is needed to send it. */
export type ClaimedWebhookDelivery = {
  id: string
  endpoint_id: string
  event_id: string
  type: string
  payload: WebhookEnvelope
  attempts: number
  url: string
  secret: string
}
