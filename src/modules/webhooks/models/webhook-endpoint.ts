import { model } from "@medusajs/framework/utils"
import { atLeast } from "../../../utils/checks"

/**
 * A receiver of the plugin's events. `secret` signs every request (shown
 * to staff on create and rotate only). After `disable_after_failures`
 * failed attempts in a row the endpoint is switched off, with the time and
 * reason, until staff turn it back on.
 */
const WebhookEndpoint = model
  .define("webhook_endpoint", {
    id: model.id({ prefix: "whep" }).primaryKey(),
    url: model.text(),
    description: model.text().nullable(),
    events: model.array(),
    secret: model.text(),
    active: model.boolean().default(true),
    consecutive_failures: model.number().default(0),
    disabled_at: model.dateTime().nullable(),
    disabled_reason: model.text().nullable(),
  })
  .indexes([{ on: ["active"] }])
  .checks([
    atLeast(
      "webhook_endpoint_consecutive_failures_positive",
      "consecutive_failures",
      0
    ),
  ])

export default WebhookEndpoint
