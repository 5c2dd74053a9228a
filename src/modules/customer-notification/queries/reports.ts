import type { SqlManager } from "../../../utils/sql"
import type { NotificationsReport } from "../types"

/**
 * Delivery figures for attempts made in [from, to). `sent` and `fallback`
 * count notifications (idempotency keys), `attempts` and `failed` count
 * provider calls.
 */
export const buildReport = async (
  manager: SqlManager,
  input: { from: Date; to: Date }
): Promise<NotificationsReport> => {
  const [row] = await manager.execute(
    `SELECT COUNT(*) AS attempts,
            COUNT(*) FILTER (WHERE status = 'failed') AS failed,
            COUNT(DISTINCT idempotency_key) FILTER (WHERE status = 'sent') AS sent,
            COUNT(DISTINCT idempotency_key) FILTER (WHERE status = 'fallback') AS fallback
     FROM notification_attempt
     WHERE created_at >= ? AND created_at < ? AND deleted_at IS NULL`,
    [input.from, input.to]
  )
  const sent = Number(row.sent)
  const fallback = Number(row.fallback)
  const delivered = sent + fallback
  return {
    from: input.from,
    to: input.to,
    attempts: Number(row.attempts),
    sent,
    failed: Number(row.failed),
    fallback,
    delivery_success_rate: delivered ? sent / delivered : 1,
    fallback_rate: delivered ? fallback / delivered : 0,
  }
}
