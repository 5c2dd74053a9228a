import { z } from "@medusajs/framework/zod"
import { WEBHOOK_EVENT_TYPES } from "../../../modules/webhooks/catalogue"
import {
  boundedArray,
  boundedDate,
  boundedString,
  idFilter,
  listParams,
  MAX_LENGTH,
  requiredString,
} from "../../utils/validators"

const eventType = z.enum(WEBHOOK_EVENT_TYPES as [string, ...string[]], {
  error: `events must be event types of the catalogue (${WEBHOOK_EVENT_TYPES.join(", ")})`,
})

const events = boundedArray("events", eventType, WEBHOOK_EVENT_TYPES.length)
  .min(1, { error: "events must name at least one event type" })
  .transform((list) => [...new Set(list)])

// The URL's reachability (https, private addresses) is checked by the
// workflow, which resolves the host; here only its shape.
const url = requiredString("url", 2000).refine(
  (value) => {
    try {
      const parsed = new URL(value)
      return parsed.protocol === "https:" || parsed.protocol === "http:"
    } catch {
      return false
    }
  },
  { error: "url must be an absolute http(s) URL" }
)

export type AdminCreateWebhookEndpointType = z.infer<
  typeof AdminCreateWebhookEndpoint
>
export const AdminCreateWebhookEndpoint = z.strictObject({
  url,
  events,
  description: boundedString("description", MAX_LENGTH.note)
    .nullish()
    .transform((v) => v ?? null),
  active: z.boolean({ error: "active must be true or false" }).optional(),
})

export type AdminUpdateWebhookEndpointType = z.infer<
  typeof AdminUpdateWebhookEndpoint
>
export const AdminUpdateWebhookEndpoint = z.strictObject({
  url: url.optional(),
  events: events.optional(),
  description: boundedString("description", MAX_LENGTH.note).nullish(),
  active: z.boolean({ error: "active must be true or false" }).optional(),
})

/** The action routes (test, rotate, replay one) take no options. */
export const AdminWebhookAction = z.strictObject({})

export type AdminReplayWebhookDeliveriesType = z.infer<
  typeof AdminReplayWebhookDeliveries
>
export const AdminReplayWebhookDeliveries = z.strictObject({
  // Null would coerce to 1970 and replay the whole log.
  since: z.preprocess(
    (value) => (value === null ? undefined : value),
    boundedDate("since")
  ),
  endpoint_id: idFilter("endpoint_id").optional(),
})

export type AdminGetWebhookEndpointsParamsType = z.infer<
  typeof AdminGetWebhookEndpointsParams
>
export const AdminGetWebhookEndpointsParams = listParams({
  limit: 50,
  order: "-created_at",
  sortable: ["created_at", "url"],
})

export type AdminGetWebhookDeliveriesParamsType = z.infer<
  typeof AdminGetWebhookDeliveriesParams
>
export const AdminGetWebhookDeliveriesParams = listParams({
  limit: 50,
  order: "-created_at",
  sortable: ["created_at", "status", "type"],
}).extend({
  endpoint_id: idFilter("endpoint_id").optional(),
  status: z
    .enum(["pending", "succeeded", "failed", "canceled"], {
      error: "status must be one of pending, succeeded, failed, canceled",
    })
    .optional(),
  type: boundedString("type", MAX_LENGTH.name).optional(),
  event_id: idFilter("event_id").optional(),
})

export const AdminGetWebhookParams = z.strictObject({})
