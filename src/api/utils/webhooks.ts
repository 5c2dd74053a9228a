import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  AdminWebhookDelivery,
  AdminWebhookReplayResponse,
} from "../../types/http"
import type { Sendable } from "./http"

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

/** The log fields of deliveries a replay created, for both replay routes. */
export const listReplayed = async (
  scope: MedusaContainer,
  ids: string[]
): Promise<Sendable<AdminWebhookReplayResponse>> => {
  if (!ids.length) {
    return { deliveries: [], count: 0 }
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "webhook_delivery",
    fields: webhookDeliveryFields,
    filters: { id: ids },
  })
  return {
    deliveries: data as Sendable<AdminWebhookDelivery>[],
    count: ids.length,
  }
}
