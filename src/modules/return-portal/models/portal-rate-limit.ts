import { model } from "@medusajs/framework/utils"
import { atLeast } from "../../../utils/checks"

/**
 * Attempts counted per fixed window (e.g. codes asked for one order number
 * this hour, requests from one IP). Only `countAttempt` writes it, with one
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`, so every server instance
 * counts against the same row.
 */
const PortalRateLimit = model
  .define("portal_rate_limit", {
    id: model.id({ prefix: "prl" }).primaryKey(),
    scope: model.text(),
    key: model.text(),
    window_start: model.dateTime(),
    count: model.number().default(0),
  })
  .indexes([
    { on: ["scope", "key", "window_start"], unique: true },
    { on: ["window_start"] },
  ])
  .checks([atLeast("portal_rate_limit_count_non_negative", "count")])

export default PortalRateLimit
