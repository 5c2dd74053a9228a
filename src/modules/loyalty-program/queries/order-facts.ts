import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "../../../utils/sql"
import type {
  LoyaltyOrderCohorts,
  LoyaltyOrderFactInput,
  LoyaltyOrderFactState,
} from "../types"

/**
 * The order's points as the ledger has them. Read again on every write, so
 * the fact never depends on which event (placed, canceled, returned) came
 * first or twice.
 */
const LEDGER_POINTS = `
  SELECT COALESCE(SUM(points) FILTER (WHERE type = 'earn'), 0) AS earned,
         COALESCE(-SUM(points) FILTER (WHERE type = 'reverse'), 0) AS reversed
  FROM loyalty_points_entry
  WHERE source_type = 'order' AND source_id = ? AND deleted_at IS NULL`

const STATE_COLUMNS = `order_id, customer_id, currency_code, amount, raw_amount,
  tier_id, placed_at, points_earned, points_reversed, canceled_at`

/**
 * Writes the order's fact, or brings it up to date: the ledger's points,
 * and canceled once the order is (Medusa never un-cancels). What the first
 * writer knew of the order (amount as placed, tier at accrual) stays: a
 * later event sees line totals already shrunk by a return. Returns the row
 * as it was before (null: new), for the step's compensation.
 */
export const syncOrderFact = async (
  manager: SqlManager,
  input: LoyaltyOrderFactInput
): Promise<LoyaltyOrderFactState | null> => {
  await lockCustomer(manager, input.customer_id)
  const [previous] = await manager.execute(
    `SELECT ${STATE_COLUMNS} FROM loyalty_order_fact
     WHERE order_id = ? AND deleted_at IS NULL FOR UPDATE`,
    [input.order_id]
  )
  await manager.execute(
    `INSERT INTO loyalty_order_fact AS f
       (id, order_id, customer_id, currency_code, amount, raw_amount, tier_id,
        placed_at, canceled_at, points_earned, points_reversed)
     SELECT ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, p.earned, p.reversed
     FROM (${LEDGER_POINTS}) p
     ON CONFLICT (order_id) WHERE deleted_at IS NULL DO UPDATE SET
       currency_code = COALESCE(f.currency_code, EXCLUDED.currency_code),
       amount = COALESCE(f.amount, EXCLUDED.amount),
       raw_amount = COALESCE(f.raw_amount, EXCLUDED.raw_amount),
       tier_id = COALESCE(f.tier_id, EXCLUDED.tier_id),
       canceled_at = COALESCE(f.canceled_at, EXCLUDED.canceled_at),
       points_earned = EXCLUDED.points_earned,
       points_reversed = EXCLUDED.points_reversed,
       updated_at = now()`,
    [
      generateEntityId(undefined, "lofact"),
      input.order_id,
      input.customer_id,
      input.currency_code ?? null,
      input.amount ?? null,
      input.amount == null
        ? null
        : JSON.stringify({ value: String(input.amount), precision: 20 }),
      input.tier_id ?? null,
      new Date(input.placed_at),
      input.canceled_at ? new Date(input.canceled_at) : null,
      input.order_id,
    ]
  )
  await relinkCustomer(manager, input.customer_id)
  return previous ? toState(previous) : null
}

/**
 * One writer per customer at a time (transaction-scoped): relinking reads
 * all of the customer's orders, and two of their orders can be accrued at
 * once on two instances.
 */
const lockCustomer = async (manager: SqlManager, customerId: string) => {
  await manager.execute(
    `SELECT pg_advisory_xact_lock(hashtext('loyalty_order_fact:' || ?))`,
    [customerId]
  )
}

/**
 * Sets each of the customer's orders (not canceled) to point at the
 * previous and next one, placement order: rewriting only the rows that
 * changed, usually the new order and the one before it.
 */
const relinkCustomer = async (manager: SqlManager, customerId: string) => {
  await manager.execute(
    `UPDATE loyalty_order_fact f
     SET prev_placed_at = w.prev, next_placed_at = w.next, updated_at = now()
     FROM (
       SELECT id, lag(placed_at) OVER c AS prev, lead(placed_at) OVER c AS next
       FROM loyalty_order_fact
       WHERE customer_id = ? AND deleted_at IS NULL AND canceled_at IS NULL
       WINDOW c AS (ORDER BY placed_at, order_id)
     ) w
     WHERE f.id = w.id
       AND (f.prev_placed_at IS DISTINCT FROM w.prev
            OR f.next_placed_at IS DISTINCT FROM w.next)`,
    [customerId]
  )
}

/** Puts a fact back as `syncOrderFact` found it (null: it was new). */
export const restoreOrderFact = async (
  manager: SqlManager,
  orderId: string,
  previous: LoyaltyOrderFactState | null
): Promise<void> => {
  const [current] = await manager.execute(
    `SELECT customer_id FROM loyalty_order_fact
     WHERE order_id = ? AND deleted_at IS NULL`,
    [orderId]
  )
  const customers = [
    ...new Set([current?.customer_id, previous?.customer_id]),
  ].filter((c): c is string => !!c)
  for (const customerId of customers) {
    await lockCustomer(manager, customerId)
  }
  await restoreRow(manager, orderId, previous)
  for (const customerId of customers) {
    await relinkCustomer(manager, customerId)
  }
}

const restoreRow = async (
  manager: SqlManager,
  orderId: string,
  previous: LoyaltyOrderFactState | null
): Promise<void> => {
  if (!previous) {
    // A derived row nothing else points at: removed, not soft-deleted, so
    // the next accrual of the order can write it again.
    await manager.execute(
      `DELETE FROM loyalty_order_fact WHERE order_id = ? AND deleted_at IS NULL`,
      [orderId]
    )
    return
  }
  await manager.execute(
    `UPDATE loyalty_order_fact SET
       customer_id = ?, currency_code = ?, amount = ?, raw_amount = ?::jsonb,
       tier_id = ?, placed_at = ?, points_earned = ?, points_reversed = ?,
       canceled_at = ?, updated_at = now()
     WHERE order_id = ? AND deleted_at IS NULL`,
    [
      previous.customer_id,
      previous.currency_code,
      previous.amount,
      previous.raw_amount == null ? null : JSON.stringify(previous.raw_amount),
      previous.tier_id,
      previous.placed_at,
      previous.points_earned,
      previous.points_reversed,
      previous.canceled_at,
      orderId,
    ]
  )
}

const toState = (r: Record<string, any>): LoyaltyOrderFactState => ({
  order_id: r.order_id,
  customer_id: r.customer_id,
  currency_code: r.currency_code,
  amount: r.amount == null ? null : Number(r.amount),
  raw_amount: r.raw_amount ?? null,
  tier_id: r.tier_id,
  placed_at: new Date(r.placed_at).toISOString(),
  points_earned: Number(r.points_earned),
  points_reversed: Number(r.points_reversed),
  canceled_at: r.canceled_at ? new Date(r.canceled_at).toISOString() : null,
})

/**
 * Purchase behaviour of [from, to) for the program report, from the order
 * facts alone (index ranges, no read of Medusa's orders): customers with
 * orders, members (an account with a tier, now) against the others, how
 * many ordered more than once, and the orders that earned no points.
 * Canceled orders do not count.
 *
 * A customer with orders in the period has exactly one that is their last
 * in it (no next order before `to`); they ordered again in the period when
 * that one's previous order is in it too. So the customers are counted from
 * those rows, at most one per customer, and never grouped; for a period
 * ending now they are the customers' latest orders, one index range.
 */
export const orderCohorts = async (
  manager: SqlManager,
  input: { from: Date; to: Date }
): Promise<LoyaltyOrderCohorts> => {
  const { from, to } = input
  const [r] = await manager.execute(
    `WITH last_in_period AS (
       SELECT customer_id, prev_placed_at FROM loyalty_order_fact
       WHERE placed_at >= ? AND placed_at < ? AND next_placed_at IS NULL
         AND deleted_at IS NULL AND canceled_at IS NULL
       UNION ALL
       SELECT customer_id, prev_placed_at FROM loyalty_order_fact
       WHERE next_placed_at >= ? AND placed_at >= ? AND placed_at < ?
         AND next_placed_at IS NOT NULL
         AND deleted_at IS NULL AND canceled_at IS NULL
     ),
     customers AS (
       SELECT COALESCE(l.prev_placed_at >= ?, false) AS repeat,
              m.customer_id IS NOT NULL AS member
       FROM last_in_period l
       LEFT JOIN loyalty_account m ON m.customer_id = l.customer_id
         AND m.tier_id IS NOT NULL AND m.deleted_at IS NULL
     )
     SELECT c.*, o.*,
            (SELECT COALESCE(json_agg(x.order_id ORDER BY x.placed_at, x.order_id), '[]'::json)
             FROM (SELECT order_id, placed_at FROM loyalty_order_fact
                   WHERE placed_at >= ? AND placed_at < ? AND points_earned <= 0
                     AND deleted_at IS NULL AND canceled_at IS NULL
                   ORDER BY placed_at, order_id LIMIT 100) x) AS missing_order_ids
     FROM (SELECT COUNT(*) FILTER (WHERE member) AS members,
                  COUNT(*) FILTER (WHERE member AND repeat) AS members_repeat,
                  COUNT(*) FILTER (WHERE NOT member) AS non_members,
                  COUNT(*) FILTER (WHERE NOT member AND repeat) AS non_members_repeat
           FROM customers) c,
          (SELECT COUNT(*) AS customer_orders,
                  COUNT(*) FILTER (WHERE points_earned > 0) AS with_points
           FROM loyalty_order_fact
           WHERE placed_at >= ? AND placed_at < ?
             AND deleted_at IS NULL AND canceled_at IS NULL) o`,
    [from, to, to, from, to, from, from, to, from, to]
  )
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

/**
 * The facts of the orders placed before the table existed, idempotent (an
 * order with a fact keeps it): from Medusa's `order` table when the order
 * module shares the database, so customers' orders that earned nothing
 * count as they did, with the ledger's points; else from the ledger's earn
 * entries alone. Their tier at the time is unknown (null); each is linked
 * to its customer's previous and next order. Run by the
 * migration that creates the table, and by `bench/reports` after its seed.
 */
export const BACKFILL_ORDER_FACTS = `do $$ begin
  if to_regclass('"order"') is not null then
    insert into "loyalty_order_fact"
      (id, order_id, customer_id, currency_code, amount, raw_amount, placed_at,
       points_earned, points_reversed, canceled_at, prev_placed_at, next_placed_at)
    select 'lofact_' || replace(gen_random_uuid()::text, '-', ''), o.id,
           o.customer_id, o.currency_code, p.amount,
           case when p.amount is not null
             then jsonb_build_object('value', p.amount::text, 'precision', 20) end,
           o.created_at, coalesce(p.earned, 0), coalesce(p.reversed, 0),
           case when o.status = 'canceled' then coalesce(o.canceled_at, o.updated_at) end,
           case when o.status <> 'canceled' then lag(o.created_at) over c end,
           case when o.status <> 'canceled' then lead(o.created_at) over c end
    from "order" o
    left join (
      select source_id,
             sum(points) filter (where type = 'earn') as earned,
             -sum(points) filter (where type = 'reverse') as reversed,
             sum(amount) filter (where type = 'earn') as amount
      from "loyalty_points_entry"
      where source_type = 'order' and deleted_at is null
      group by source_id
    ) p on p.source_id = o.id
    where o.deleted_at is null and o.customer_id is not null
    window c as (partition by o.customer_id, o.status = 'canceled'
                 order by o.created_at, o.id)
    on conflict (order_id) where deleted_at is null do nothing;
  else
    insert into "loyalty_order_fact"
      (id, order_id, customer_id, amount, raw_amount, placed_at,
       points_earned, points_reversed, prev_placed_at, next_placed_at)
    select 'lofact_' || replace(gen_random_uuid()::text, '-', ''), p.source_id,
           a.customer_id, p.amount,
           case when p.amount is not null
             then jsonb_build_object('value', p.amount::text, 'precision', 20) end,
           p.placed_at, p.earned, coalesce(p.reversed, 0),
           lag(p.placed_at) over c, lead(p.placed_at) over c
    from (
      select account_id, source_id,
             min(created_at) filter (where type = 'earn') as placed_at,
             sum(points) filter (where type = 'earn') as earned,
             -sum(points) filter (where type = 'reverse') as reversed,
             sum(amount) filter (where type = 'earn') as amount
      from "loyalty_points_entry"
      where source_type = 'order' and deleted_at is null
      group by account_id, source_id
    ) p
    join "loyalty_account" a on a.id = p.account_id
    where p.placed_at is not null
    window c as (partition by a.customer_id order by p.placed_at, p.source_id)
    on conflict (order_id) where deleted_at is null do nothing;
  end if;
end $$;`
