import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "../../utils/sql"

/**
 * Stores a new code for an order under `id` and ends the order's older
 * live codes, so at most one code of an order can be guessed at a time and
 * "5 wrong tries per code" means 5 per order, not 5 per email asked for.
 * Null when `id` is already stored (the same request seen twice). Times
 * are the database's, the one clock every server instance shares.
 */
export const issueAccessCode = async (
  manager: SqlManager,
  input: {
    id: string
    order_id: string
    code_hash: string
    ttl_minutes: number
  }
): Promise<{ id: string; expires_at: Date } | null> => {
  const [row] = await manager.execute(
    `INSERT INTO guest_access_code (id, order_id, code_hash, expires_at)
     VALUES (?, ?, ?, now() + make_interval(mins => ?))
     ON CONFLICT (id) DO NOTHING
     RETURNING id, expires_at`,
    [input.id, input.order_id, input.code_hash, input.ttl_minutes]
  )
  if (!row) {
    return null
  }
  await manager.execute(
    `UPDATE guest_access_code SET expires_at = now(), updated_at = now()
     WHERE order_id = ? AND id <> ? AND used_at IS NULL AND expires_at > now()
       AND deleted_at IS NULL`,
    [input.order_id, input.id]
  )
  return { id: row.id, expires_at: new Date(row.expires_at) }
}

/**
 * Uses the order's live code if `code_hash` is its hash: one conditional
 * UPDATE, so of two concurrent requests with the right code only one gets
 * the row. Otherwise the live code counts a wrong try; at `max_wrong` it
 * is refused even with the right code.
 */
export const consumeAccessCode = async (
  manager: SqlManager,
  input: { order_id: string; code_hash: string; max_wrong: number }
): Promise<{ accepted: boolean }> => {
  const used = await manager.execute(
    `UPDATE guest_access_code SET used_at = now(), updated_at = now()
     WHERE order_id = ? AND code_hash = ? AND used_at IS NULL
       AND expires_at > now() AND failed_attempts < ? AND deleted_at IS NULL
     RETURNING id`,
    [input.order_id, input.code_hash, input.max_wrong]
  )
  if (used.length) {
    return { accepted: true }
  }
  await manager.execute(
    `UPDATE guest_access_code
     SET failed_attempts = failed_attempts + 1, updated_at = now()
     WHERE order_id = ? AND used_at IS NULL AND expires_at > now()
       AND failed_attempts < ? AND deleted_at IS NULL`,
    [input.order_id, input.max_wrong]
  )
  return { accepted: false }
}

/**
 * Counts one attempt in the current hour for `scope`/`key` and returns the
 * count including it. One `INSERT … ON CONFLICT DO UPDATE … RETURNING`: two
 * servers counting at once both land on the same row.
 */
export const countAttempt = async (
  manager: SqlManager,
  scope: string,
  key: string
): Promise<number> => {
  const [row] = await manager.execute(
    `INSERT INTO portal_rate_limit (id, scope, key, window_start, count)
     VALUES (?, ?, ?, date_trunc('hour', now()), 1)
     ON CONFLICT (scope, key, window_start) WHERE deleted_at IS NULL
     DO UPDATE SET count = portal_rate_limit.count + 1, updated_at = now()
     RETURNING count`,
    [generateEntityId(undefined, "prl"), scope, key]
  )
  return Number(row.count)
}

/**
 * Deletes codes and counters that can no longer matter: codes ended and
 * counter windows closed more than `days` ago.
 */
export const pruneGuestAccess = async (
  manager: SqlManager,
  days: number
): Promise<{ codes: number; counters: number }> => {
  const codes = await manager.execute(
    `DELETE FROM guest_access_code
     WHERE expires_at < now() - make_interval(days => ?) RETURNING id`,
    [days]
  )
  const counters = await manager.execute(
    `DELETE FROM portal_rate_limit
     WHERE window_start < now() - make_interval(days => ?) RETURNING id`,
    [days]
  )
  return { codes: codes.length, counters: counters.length }
}
