// Plain-SQL seed for the tier-evaluation benchmark: tiers, accounts and a
// ledger shaped like the one the plugin writes (one `earn` entry per order,
// `amount` = the order's net value, line metadata; some returns and
// cancellations as `reverse` entries; yesterday's expiry already booked), so
// the nightly job has a realistic night of work: about one day of orders to
// release from pending and one day of points to expire.

const pad = (prefix, n) => `'${prefix}' || lpad((${n})::text, 19, '0')`

/**
 * Tier thresholds: ranks 0..3, the top one over a 365-day period. With the
 * seeded ledger they give roughly: no tier 10%, Bronze 48%, Silver 30%,
 * Gold 11%, Platinum 2%.
 */
export const TIERS = [
  { name: "Bronze", rank: 0, spend: null, orders: 1, period: null, mult: 1 },
  { name: "Silver", rank: 1, spend: 800, orders: 8, period: null, mult: 1.1 },
  { name: "Gold", rank: 2, spend: 1200, orders: 12, period: null, mult: 1.25 },
  {
    name: "Platinum",
    rank: 3,
    spend: 1000,
    orders: 10,
    period: 365,
    mult: 1.5,
  },
]

const literal = (v) => (v == null ? "NULL" : String(v))

/**
 * The seed as SQL statements, run in order on one connection. `now` is the
 * benchmark's clock; `customers` accounts, `orders` earn entries.
 */
export const seedStatements = ({ now, customers, orders, seed = 0.42 }) => {
  const NOW = `'${now.toISOString()}'::timestamptz`
  const yesterday = new Date(now.getTime() - 86_400_000)
  const yesterdayKey = yesterday.toISOString().slice(0, 10)
  // 10% of the customers never ordered; the others' order counts are skewed
  // (a few hundred for the best customers, a handful for most).
  const buyers = Math.max(1, Math.floor(customers * 0.9))

  return [
    {
      label: "tiers",
      sql: `INSERT INTO loyalty_tier
          (id, name, rank, min_lifetime_spend, raw_min_lifetime_spend,
           min_orders, period_days, benefits, points_multiplier)
        VALUES ${TIERS.map(
          (t) => `('ltier_01BENCH${t.name.toUpperCase().padEnd(19, "0")}',
            '${t.name}', ${t.rank}, ${literal(t.spend)},
            ${t.spend == null ? "NULL" : `'{"value":"${t.spend}","precision":20}'`},
            ${literal(t.orders)}, ${literal(t.period)},
            '{"return_window_days": ${30 + 15 * t.rank}}', ${t.mult})`
        ).join(",")}`,
    },
    {
      label: `${customers} accounts`,
      sql: `INSERT INTO loyalty_account (id, customer_id, created_at, updated_at)
        SELECT ${pad("lacc_01BENCH", "i")}, ${pad("cus_01BENCH", "i")},
               ${NOW} - interval '800 days', ${NOW} - interval '800 days'
        FROM generate_series(1, ${customers}) i`,
    },
    {
      label: `${orders} earn entries (one per order, over 2 years)`,
      sql: `SELECT setseed(${seed});
        INSERT INTO loyalty_points_entry
          (id, account_id, type, points, status, available_at, expires_at,
           amount, raw_amount, source_type, source_id, idempotency_key, note,
           metadata, created_at, updated_at)
        SELECT ${pad("lpe_01BENCH", "o")}, ${pad("lacc_01BENCH", "acct")},
               'earn', floor(amount)::int,
               CASE WHEN placed > ${NOW} - interval '31 days'
                    THEN 'pending' ELSE 'available' END,
               placed + interval '30 days', placed + interval '365 days',
               amount, jsonb_build_object('value', amount::text, 'precision', 20),
               'order', oid, 'order.placed:' || oid, 'Order ' || oid,
               jsonb_build_object('lines', jsonb_build_object(
                 'ordli_' || oid || '_1', jsonb_build_object('quantity', q, 'net', round(amount * 0.7, 2)),
                 'ordli_' || oid || '_2', jsonb_build_object('quantity', 1, 'net', amount - round(amount * 0.7, 2)))),
               placed, placed
        FROM (
          SELECT o, ${pad("order_01BENCH", "o")} AS oid,
                 1 + floor(${buyers} * power(random(), 1.25))::int AS acct,
                 ${NOW} - random() * interval '730 days' AS placed,
                 -- log-normal net order value, median 60
                 GREATEST(5, round(exp(ln(60) + 0.7 * sqrt(-2 * ln(1 - random()))
                                   * cos(2 * pi() * random()))::numeric, 2)) AS amount,
                 1 + floor(random() * 3)::int AS q
          FROM generate_series(1, ${orders}) o
        ) s
        -- A ledger is appended over time: rows in the order they were made.
        ORDER BY placed`,
    },
    {
      label: "returns and cancellations (reverse entries, ~3% of orders)",
      sql: `SELECT setseed(${seed / 2});
        INSERT INTO loyalty_points_entry
          (id, account_id, type, points, status, amount, raw_amount,
           source_type, source_id, idempotency_key, note, metadata,
           created_at, updated_at)
        SELECT 'lpe_01BENCHR' || substr(e.id, 13), e.account_id, 'reverse',
               -e.r_points, 'available', -e.r_amount,
               jsonb_build_object('value', (-e.r_amount)::text, 'precision', 20),
               'order', e.source_id,
               CASE WHEN e.canceled THEN 'order.canceled:' || e.source_id
                    ELSE 'order.return_received:ret_' || e.source_id END,
               CASE WHEN e.canceled THEN 'Order ' || e.source_id || ' canceled'
                    ELSE 'Return ret_' || e.source_id END,
               jsonb_build_object('canceled', e.canceled),
               e.created_at + interval '10 days', e.created_at + interval '10 days'
        FROM (
          SELECT e.*,
                 CASE WHEN e.canceled THEN e.points
                      ELSE GREATEST(1, round(e.points * 0.4))::int END AS r_points,
                 CASE WHEN e.canceled THEN e.amount
                      ELSE round(e.amount * 0.4, 2) END AS r_amount
          FROM (
            SELECT id, account_id, source_id, points, amount, created_at,
                   random() < 0.33 AS canceled
            FROM loyalty_points_entry
            WHERE type = 'earn' AND status = 'available'
              AND created_at < ${NOW} - interval '41 days'
              AND random() < 0.03
          ) e
        ) e`,
    },
    {
      label: "expiry booked up to yesterday (one expire entry per account)",
      sql: `INSERT INTO loyalty_points_entry
          (id, account_id, type, points, status, idempotency_key, note,
           created_at, updated_at)
        SELECT 'lpe_01BENCHX' || substr(a.id, 13), a.id, 'expire', -x.points,
               'available', 'expire:' || a.customer_id || ':${yesterdayKey}',
               'Points expired', ${NOW} - interval '1 day', ${NOW} - interval '1 day'
        FROM loyalty_account a
        JOIN (
          SELECT account_id, GREATEST(0, LEAST(
                   SUM(points) FILTER (WHERE status = 'available'),
                   COALESCE(SUM(points) FILTER (WHERE type = 'earn' AND status = 'available'
                                                AND expires_at <= ${NOW} - interval '1 day'), 0)
                   + COALESCE(SUM(points) FILTER (WHERE points < 0), 0))) AS points
          FROM loyalty_points_entry
          GROUP BY account_id
        ) x ON x.account_id = a.id
        WHERE x.points > 0`,
    },
    {
      label: "account balances from the ledger",
      sql: `UPDATE loyalty_account a
        SET points_available = b.available, points_pending = b.pending
        FROM (
          SELECT account_id,
                 COALESCE(SUM(points) FILTER (WHERE status = 'available'), 0) AS available,
                 COALESCE(SUM(points) FILTER (WHERE status = 'pending'), 0) AS pending
          FROM loyalty_points_entry GROUP BY account_id
        ) b
        WHERE b.account_id = a.id`,
    },
  ]
}

/**
 * Runs `load` with `table`'s secondary indexes and foreign keys dropped, then
 * puts them back exactly as the migrations made them (same definitions):
 * building an index once over a million rows is much faster than updating
 * it row by row.
 */
export const withoutIndexes = async (query, table, load) => {
  const { rows: indexes } = await query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = $1
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [table]
  )
  const { rows: foreignKeys } = await query(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = $1::regclass AND contype = 'f'`,
    [table]
  )
  for (const fk of foreignKeys) {
    await query(`ALTER TABLE "${table}" DROP CONSTRAINT "${fk.conname}"`)
  }
  for (const ix of indexes) {
    await query(`DROP INDEX "${ix.indexname}"`)
  }
  await load()
  for (const ix of indexes) {
    await query(ix.indexdef)
  }
  for (const fk of foreignKeys) {
    await query(
      `ALTER TABLE "${table}" ADD CONSTRAINT "${fk.conname}" ${fk.def}`
    )
  }
}
