import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "../../utils/sql"
import type { CreateFeedNotificationInput } from "./types"

/**
 * Adds a message to a customer's feed once per idempotency key; a second
 * call with the same key returns the first message with `created: false`.
 */
export const createFeedNotification = async (
  manager: SqlManager,
  input: CreateFeedNotificationInput
): Promise<{ id: string; created: boolean }> => {
  const inserted = await manager.execute(
    `INSERT INTO customer_notification
      (id, customer_id, template, title, body, data, source_event,
       entity_type, entity_id, idempotency_key)
     VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
     ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
     RETURNING id`,
    [
      generateEntityId(undefined, "cnot"),
      input.customer_id,
      input.template,
      input.title,
      input.body,
      input.data ? JSON.stringify(input.data) : null,
      input.source_event,
      input.entity_type ?? null,
      input.entity_id ?? null,
      input.idempotency_key,
    ]
  )
  if (inserted.length) {
    return { id: inserted[0].id, created: true }
  }
  const [existing] = await manager.execute(
    `SELECT id FROM customer_notification
     WHERE idempotency_key = ? AND deleted_at IS NULL`,
    [input.idempotency_key]
  )
  return { id: existing.id, created: false }
}
