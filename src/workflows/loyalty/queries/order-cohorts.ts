import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type OrderCohorts = {
  members: { customers: number; repeat: number }
  non_members: { customers: number; repeat: number }
  /** Customer orders of the period (not canceled). */
  customer_orders: number
  /**
   * Of those, the orders with an `earn` entry in the ledger, written within
   * a week of the order (later is reported as missing).
   */
  with_points: number
  /** The first 100 customer orders without one, oldest first. */
  missing_order_ids: string[]
}

/**
 * Purchase behaviour of the period for the program report, aggregated in
 * one statement: customers with orders, members (a tier) against
 * non-members, how many ordered more than once, and which customer orders
 * earned points.
 *
 * It is the one place that reads Medusa's `order` table beside the loyalty
 * tables: a report over a large store cannot page orders through Query into
 * memory (a year of a busy store is millions of rows), and every module of
 * a Medusa app lives in the one database this connection opens. Read-only.
 */
export const orderCohorts = async (
  pg: Knex,
  input: { from: Date; to: Date }
): Promise<OrderCohorts> => {
  // Earn entries are written when an order is placed, so the period's
  // orders find theirs among the entries of the period and the week after
  // (an index range), not by one lookup per order.
  const { rows } = await pg.raw(
    `WITH orders AS MATERIALIZED (
       SELECT o.id, o.customer_id, o.created_at FROM "order" o
       WHERE o.deleted_at IS NULL AND o.customer_id IS NOT NULL
         AND o.status <> 'canceled'
         AND o.created_at >= ? AND o.created_at < ?
     ),
     members AS (
       SELECT customer_id FROM loyalty_account
       WHERE tier_id IS NOT NULL AND deleted_at IS NULL
     ),
     customers AS (
       SELECT o.customer_id, COUNT(*) > 1 AS repeat,
              m.customer_id IS NOT NULL AS member
       FROM orders o LEFT JOIN members m ON m.customer_id = o.customer_id
       GROUP BY o.customer_id, m.customer_id
     ),
     earned AS (
       SELECT DISTINCT e.source_id AS order_id FROM loyalty_points_entry e
       WHERE e.type = 'earn' AND e.source_type = 'order' AND e.deleted_at IS NULL
         AND e.created_at >= ? AND e.created_at < ?::timestamptz + interval '7 days'
     ),
     accrual AS (
       SELECT o.id, o.created_at, e.order_id IS NOT NULL AS has_points
       FROM orders o LEFT JOIN earned e ON e.order_id = o.id
     )
     SELECT
       (SELECT COUNT(*) FILTER (WHERE member) FROM customers) AS members,
       (SELECT COUNT(*) FILTER (WHERE member AND repeat) FROM customers) AS members_repeat,
       (SELECT COUNT(*) FILTER (WHERE NOT member) FROM customers) AS non_members,
       (SELECT COUNT(*) FILTER (WHERE NOT member AND repeat) FROM customers) AS non_members_repeat,
       (SELECT COUNT(*) FROM accrual) AS customer_orders,
       (SELECT COUNT(*) FILTER (WHERE has_points) FROM accrual) AS with_points,
       (SELECT COALESCE(json_agg(m.id ORDER BY m.created_at, m.id), '[]'::json)
        FROM (SELECT id, created_at FROM accrual WHERE NOT has_points
              ORDER BY created_at, id LIMIT 100) m) AS missing_order_ids`,
    [input.from, input.to, input.from, input.to]
  )
  const r = rows[0]
  const num = (v: unknown) => Number(v ?? 0)
  return {
    members: { customers: num(r.members), repeat: num(r.members_repeat) },
    non_members: {
      customers: num(r.non_members),
      repeat: num(r.non_members_repeat),
    },
    customer_orders: num(r.customer_orders),
    with_points: num(r.with_points),
    missing_order_ids: r.missing_order_ids as string[],
  }
}
