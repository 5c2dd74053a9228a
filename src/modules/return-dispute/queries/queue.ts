import type { SqlManager } from "../../../utils/sql"
import type { DisputeQueueFilters } from "../types"

/**
 * Dispute ids for the staff queue, overdue first, then by SLA due date,
 * with the total count. An empty `customer_ids` list matches nothing.
 */
export const listQueueIds = async (
  manager: SqlManager,
  filters: DisputeQueueFilters,
  pagination: { skip: number; take: number }
): Promise<{ ids: string[]; count: number }> => {
  const where = ["deleted_at IS NULL"]
  const params: unknown[] = []
  const inList = (column: string, values: string[]) => {
    where.push(`${column} IN (SELECT jsonb_array_elements_text(?::jsonb))`)
    params.push(JSON.stringify(values))
  }
  if (filters.status?.length) {
    inList("status", filters.status)
  }
  if (filters.priority?.length) {
    inList("priority", filters.priority)
  }
  if (filters.customer_ids) {
    inList("customer_id", filters.customer_ids)
  }
  if (filters.customer_id) {
    where.push("customer_id = ?")
    params.push(filters.customer_id)
  }
  if (filters.order_id) {
    where.push("order_id = ?")
    params.push(filters.order_id)
  }
  if (filters.assignee_id === null) {
    where.push("assignee_id IS NULL")
  } else if (filters.assignee_id) {
    where.push("assignee_id = ?")
    params.push(filters.assignee_id)
  }
  if (filters.overdue !== undefined) {
    where.push(
      filters.overdue
        ? "(status NOT IN ('resolved', 'rejected') AND sla_due_at < now())"
        : "NOT (status NOT IN ('resolved', 'rejected') AND sla_due_at < now())"
    )
  }
  if (filters.q) {
    where.push("(number ILIKE ? OR claim ILIKE ?)")
    const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    params.push(like, like)
  }
  const clause = where.join(" AND ")
  const [{ count }] = await manager.execute(
    `SELECT COUNT(*) AS count FROM dispute WHERE ${clause}`,
    params
  )
  const rows = await manager.execute(
    `SELECT id FROM dispute WHERE ${clause}
     ORDER BY (status NOT IN ('resolved', 'rejected') AND sla_due_at < now()) DESC,
              sla_due_at ASC, id ASC
     LIMIT ? OFFSET ?`,
    [...params, pagination.take, pagination.skip]
  )
  return { ids: rows.map((r) => r.id), count: Number(count) }
}
