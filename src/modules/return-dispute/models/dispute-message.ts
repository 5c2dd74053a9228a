import { model } from "@medusajs/framework/utils"
import Dispute from "./dispute"

/**
 * One entry of a dispute's conversation. Append-only: staff notes with
 * `internal` are never shown to the customer.
 */
const DisputeMessage = model
  .define("dispute_message", {
    id: model.id({ prefix: "dspmsg" }).primaryKey(),
    dispute: model.belongsTo(() => Dispute, { mappedBy: "messages" }),
    author_type: model.enum(["customer", "staff", "system"]),
    author_id: model.text().nullable(),
    body: model.text(),
    internal: model.boolean().default(false),
    channel: model
      .enum(["portal", "email", "phone", "chat", "admin", "system"])
      .default("portal"),
  })
  .indexes([{ on: ["dispute_id", "created_at"], where: "deleted_at IS NULL" }])

export default DisputeMessage
