import { model } from "@medusajs/framework/utils"

/**
 * A customer's notification choices. Transactional messages (a reward code,
 * a return received) are always sent; marketing ones (tier changes, points
 * about to expire) are not sent to customers who opted out.
 */
const NotificationPreference = model
  .define("notification_preference", {
    id: model.id({ prefix: "npref" }).primaryKey(),
    customer_id: model.text(),
    marketing_opt_out: model.boolean().default(false),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])

export default NotificationPreference
