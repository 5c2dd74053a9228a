import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "../../utils/sql"

/**
 * Sets a customer's marketing opt-out, creating the preference on first
 * use; returns the preference's id and the value it replaced.
 */
export const setMarketingOptOut = async (
  manager: SqlManager,
  customerId: string,
  marketingOptOut: boolean
): Promise<{ id: string; previous: boolean | null }> => {
  // Row lock: the previous value returned is the one actually replaced.
  const [before] = await manager.execute(
    `SELECT marketing_opt_out FROM notification_preference
     WHERE customer_id = ? AND deleted_at IS NULL FOR UPDATE`,
    [customerId]
  )
  const [row] = await manager.execute(
    `INSERT INTO notification_preference (id, customer_id, marketing_opt_out)
     VALUES (?, ?, ?)
     ON CONFLICT (customer_id) WHERE deleted_at IS NULL
     DO UPDATE SET marketing_opt_out = EXCLUDED.marketing_opt_out, updated_at = now()
     RETURNING id`,
    [generateEntityId(undefined, "npref"), customerId, marketingOptOut]
  )
  return { id: row.id, previous: before ? before.marketing_opt_out : null }
}
