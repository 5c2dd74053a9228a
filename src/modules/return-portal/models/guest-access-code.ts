import { model } from "@medusajs/framework/utils"
import { atLeast } from "../../../utils/checks"

/**
 * A one-time code emailed to a guest to open a session on one order. Only
 * its HMAC is kept (`code_hash`); it is consumed by one conditional UPDATE,
 * so two servers cannot both accept it. A newer code for the same order
 * ends the older ones (`expires_at` moved to the issue time).
 */
const GuestAccessCode = model
  .define("guest_access_code", {
    id: model.id({ prefix: "gac" }).primaryKey(),
    order_id: model.text(),
    code_hash: model.text(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
    failed_attempts: model.number().default(0),
  })
  .indexes([{ on: ["order_id", "expires_at"] }, { on: ["expires_at"] }])
  .checks([
    atLeast(
      "guest_access_code_failed_attempts_non_negative",
      "failed_attempts"
    ),
  ])

export default GuestAccessCode
