import { model } from "@medusajs/framework/utils"
import { atLeast } from "../../../utils/checks"

/**
 * The outbox: one row per event and endpoint, written in Postgres before
 * anything is sent, so a pending delivery survives a restart. `event_id`
 * is the idempotency id the receiver dedupes on; a replay is a new row with
 * the same `event_id` and body (`replay_of` names the original). `seq`
 * orders deliveries of one entity to one endpoint. `locked_until` is the
 * lease of the instance sending it.
 */
const WebhookDelivery = model
  .define("webhook_delivery", {
    id: model.id({ prefix: "whdl" }).primaryKey(),
    seq: model.autoincrement(),
    endpoint_id: model.text(),
    event_id: model.text(),
    type: model.text(),
    entity_id: model.text(),
    payload: model.json(),
    replay_of: model.text().nullable(),
    status: model
      .enum(["pending", "succeeded", "failed", "canceled"])
      .default("pending"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime(),
    locked_until: model.dateTime().nullable(),
    last_status_code: model.number().nullable(),
    last_latency_ms: model.number().nullable(),
    last_error: model.text().nullable(),
    delivered_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["status", "next_attempt_at"] },
    { on: ["endpoint_id", "entity_id", "seq"] },
    { on: ["endpoint_id", "created_at"] },
    {
      on: ["endpoint_id", "event_id"],
      unique: true,
      where: "replay_of IS NULL",
    },
    { on: ["event_id"] },
  ])
  .checks([atLeast("webhook_delivery_attempts_positive", "attempts", 0)])

export default WebhookDelivery
