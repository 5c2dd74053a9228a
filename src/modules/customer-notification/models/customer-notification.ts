import { model } from "@medusajs/framework/utils"

/**
 * A message in the customer's in-portal feed. Written for every notification
 * that could not be delivered by email (the fallback channel of last resort),
 * and readable from the store API. `idempotency_key` is the send's key, so a
 * redelivered event cannot add the same message twice.
 */
const CustomerNotification = model
  .define("customer_notification", {
    id: model.id({ prefix: "cnot" }).primaryKey(),
    customer_id: model.text(),
    template: model.text(),
    title: model.text(),
    // Plain text rendered from the email template.
    body: model.text(),
    data: model.json().nullable(),
    read_at: model.dateTime().nullable(),
    source_event: model.text(),
    entity_type: model.text().nullable(),
    entity_id: model.text().nullable(),
    idempotency_key: model.text(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["customer_id", "created_at"] },
    { on: ["customer_id", "read_at"] },
  ])

export default CustomerNotification
