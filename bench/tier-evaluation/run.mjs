#!/usr/bin/env node
// Tier re-evaluation benchmark: seeds 100,000 customers and 1,000,000 orders
// with plain SQL, times the nightly re-evaluation (the loyalty module's real
// `evaluateTiers`, as the loaded module's container resolves it) and prints
// customers/second beside the time of the single aggregate SELECT it is
// built on (the floor).
// Target: the whole job within 3× the floor and under 60 s on 2 cores.
//
//   npm run build && node bench/tier-evaluation/run.mjs
//
// Environment:
//   DB_HOST (127.0.0.1), DB_PORT (5432), DB_USERNAME (postgres), DB_PASSWORD
//   BENCH_DB            database, dropped and recreated (rms_bench_tiers)
//   BENCH_CUSTOMERS     accounts (100000)
//   BENCH_ORDERS        orders = earn entries (1000000)
//   BENCH_RUNS          timed runs per step (3)
//   BENCH_NIGHTLY=1     also time the full nightly (release, expire, expiring
//                       notices, evaluate); with ledger lookups that miss
//                       their indexes this takes ~10 min a run
//   BENCH_EXPLAIN=1     print EXPLAIN ANALYZE of the aggregate SELECT and time
//                       it without FOR UPDATE
//   BENCH_FROM_SOURCE=1 load src/ (compiled with swc) instead of the build
//   BENCH_MODULE_PATH   load the module from this folder (e.g. a patched copy)
//   BENCH_KEEP_DB=1     keep the database afterwards (dropped by default)
//   BENCH_STRICT=1      exit 1 when a target is missed
import {
  databaseUrl,
  loadModule,
  recreateDatabase,
  resolveModulePath,
  dropDatabase,
} from "../lib/medusa-module.mjs"
import { seedStatements, withoutIndexes } from "./seed.mjs"

const env = process.env
const int = (name, fallback) => {
  const n = Number(env[name] ?? fallback)
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(`${name} must be a positive whole number, got ${env[name]}`)
  }
  return n
}
const DB = env.BENCH_DB ?? "rms_bench_tiers"
const CUSTOMERS = int("BENCH_CUSTOMERS", 100_000)
const ORDERS = int("BENCH_ORDERS", 1_000_000)
const RUNS = int("BENCH_RUNS", 3)
const NIGHTLY = env.BENCH_NIGHTLY === "1"
const TARGET_RATIO = 3
const TARGET_SECONDS = 60

const started = performance.now()
const log = (msg) =>
  console.error(
    `[bench +${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`
  )
const time = async (fn) => {
  const t0 = performance.now()
  const result = await fn()
  return { seconds: (performance.now() - t0) / 1000, result }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const s2 = (n) => n.toFixed(2)
const count = (n) => Math.round(n).toLocaleString("en-US")
const rate = (n) => (n < 10 ? n.toFixed(2) : count(n))

// ---------------------------------------------------------------- setup
const mod = resolveModulePath("loyalty-program", {
  fromSource: env.BENCH_FROM_SOURCE === "1",
  override: env.BENCH_MODULE_PATH,
})
log(`loyalty module from the ${mod.kind}: ${mod.path}`)
if (mod.kind === "source" && env.BENCH_FROM_SOURCE !== "1") {
  log("no build in .medusa/server: run `npm run build` to bench the build")
}
if (mod.stale) {
  log("WARNING: src/modules/loyalty-program is newer than its build")
}

log(`database ${DB}: dropped and recreated`)
await recreateDatabase(DB)
const { service, pg, shutdown } = await loadModule({
  key: "loyalty_program",
  resolve: mod.path,
  clientUrl: databaseUrl(DB),
})
log("module loaded, its migrations run")

// SQL on one pooled connection, through node-pg itself: `$n` placeholders,
// several statements in one string when there are no parameters.
const query = async (sql, params) => {
  const conn = await pg.client.acquireConnection()
  try {
    return await conn.query(sql, params)
  } finally {
    await pg.client.releaseConnection(conn)
  }
}
const vacuum = (tables) => query(`VACUUM ANALYZE ${tables.join(", ")}`)
const ALL_TABLES = [
  "loyalty_tier",
  "loyalty_account",
  "loyalty_points_entry",
  "loyalty_tier_change",
]
// evaluateTiers rewrites accounts and appends audit rows, nothing else.
const EVALUATED_TABLES = ["loyalty_account", "loyalty_tier_change"]

const results = {}
const record = (key, seconds) => (results[key] ??= []).push(seconds)
let exitCode = 0

try {
  // ---------------------------------------------------------------- seed
  const now = new Date()
  const seedStarted = performance.now()
  const [tiers, accounts, ...ledger] = seedStatements({
    now,
    customers: CUSTOMERS,
    orders: ORDERS,
  })
  const run = async ({ label, sql }) => {
    const { seconds } = await time(() => query(sql))
    log(`seeded ${label} in ${s2(seconds)} s`)
  }
  await run(tiers)
  await run(accounts)
  await withoutIndexes(query, "loyalty_points_entry", async () => {
    for (const statement of ledger) {
      await run(statement)
    }
  })
  await vacuum(ALL_TABLES)
  const [counts] = (
    await query(`SELECT
      (SELECT COUNT(*) FROM loyalty_account)::int AS accounts,
      COUNT(*) FILTER (WHERE type = 'earn')::int AS earn,
      COUNT(*) FILTER (WHERE type = 'reverse')::int AS reverse,
      COUNT(*) FILTER (WHERE type = 'expire')::int AS expire,
      COUNT(*) FILTER (WHERE status = 'pending')::int AS pending,
      pg_size_pretty(pg_total_relation_size('loyalty_points_entry')) AS ledger_size
      FROM loyalty_points_entry`)
  ).rows
  log(
    `seed done in ${s2((performance.now() - seedStarted) / 1000)} s ` +
      `(indexes rebuilt, VACUUM ANALYZE): ${JSON.stringify(counts)}`
  )

  // Yesterday's nightly run, so tonight starts from a steady state (tiers
  // assigned, audit trail written) rather than from nobody having a tier.
  const yesterday = new Date(now.getTime() - 86_400_000)
  const first = await time(() =>
    service.evaluateTiers({ now: yesterday, changed_by: "bench-yesterday" })
  )
  record("first", first.seconds)
  log(
    `yesterday's evaluateTiers (every account gets its first tier): ` +
      `${s2(first.seconds)} s, ${count(first.result.length)} changes`
  )
  await vacuum(EVALUATED_TABLES)
  const spread = (
    await query(`SELECT COALESCE(t.name, '(none)') AS tier, COUNT(*)::int AS n
      FROM loyalty_account a LEFT JOIN loyalty_tier t ON t.id = a.tier_id
      GROUP BY t.name, t.rank ORDER BY t.rank NULLS FIRST`)
  ).rows
  log(`tiers: ${spread.map((t) => `${t.tier} ${count(t.n)}`).join(", ")}`)

  // The statements evaluateTiers sends (text and parameters, as sent, with
  // how long each took): its aggregate is the slowest read among them.
  let captured = null
  pg.on("query", (q) => {
    captured?.set(q.__knexQueryUid, {
      sql: q.sql,
      bindings: q.bindings,
      started: performance.now(),
    })
  })
  pg.on("query-response", (_, q) => {
    const statement = captured?.get(q.__knexQueryUid)
    if (statement) {
      statement.seconds = (performance.now() - statement.started) / 1000
    }
  })

  // ------------------------------------------------ evaluateTiers and floor
  // The floor is the aggregate SELECT evaluateTiers sent, verbatim (same
  // text, same parameters, after the same SET statements if it made any), on
  // its own: no JS, no writes after it. Each run times the real job, then
  // the floor, so both see the same machine (the two cores may be shared).
  let aggregate = null
  const alone = async (sql) => {
    const conn = await pg.client.acquireConnection()
    try {
      await conn.query("BEGIN")
      for (const setting of aggregate.settings) {
        await conn.query(setting.sql, setting.bindings)
      }
      return await conn.query(sql, aggregate.bindings)
    } finally {
      await conn.query("ROLLBACK")
      await pg.client.releaseConnection(conn)
    }
  }
  for (let i = 0; i < RUNS; i++) {
    captured = new Map()
    const { seconds, result } = await time(() =>
      service.evaluateTiers({ now, changed_by: "bench" })
    )
    const sent = [...captured.values()]
    captured = null
    record("evaluate", seconds)
    log(
      `evaluateTiers, all accounts, run ${i + 1}: ${s2(seconds)} s, ` +
        `${count(result.length)} changes`
    )
    await vacuum(EVALUATED_TABLES)

    if (!aggregate) {
      // Its aggregate: the slowest read it sent.
      aggregate = sent
        .filter((q) => /^\s*(WITH|SELECT)\b/i.test(q.sql))
        .sort((a, b) => b.seconds - a.seconds)[0]
      if (!aggregate) {
        throw new Error("evaluateTiers sent no SELECT through the connection")
      }
      aggregate.settings = sent
        .slice(0, sent.indexOf(aggregate))
        .filter((q) => /^\s*SET\b/i.test(q.sql))
      if (aggregate.settings.length) {
        log(
          `the floor runs after the same ${aggregate.settings.map((q) => q.sql).join("; ")}`
        )
      }
    }
    const floor = await time(() => alone(aggregate.sql))
    if (floor.result.rowCount !== counts.accounts) {
      throw new Error(
        `the aggregate returned ${floor.result.rowCount} rows, expected ${counts.accounts}`
      )
    }
    record("floor", floor.seconds)
    log(`aggregate SELECT alone, run ${i + 1}: ${s2(floor.seconds)} s`)
  }
  if (env.BENCH_EXPLAIN === "1") {
    // Diagnostics: the same SELECT without its row locks, and its plan.
    const unlocked = aggregate.sql.replace(/\s+FOR UPDATE OF a\b/, "")
    const read = await time(() => alone(unlocked))
    record("floorRead", read.seconds)
    log(`aggregate SELECT without FOR UPDATE: ${s2(read.seconds)} s`)
    const plan = await alone(`EXPLAIN (ANALYZE, BUFFERS) ${aggregate.sql}`)
    console.log("\nEXPLAIN ANALYZE of the aggregate SELECT:\n")
    console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"))
  }

  // ------------------------------------------------ one customer
  // What every order placed / returned runs (accrue and reverse workflows
  // re-evaluate the customer): evaluateTiers scoped to one customer, here
  // the one with the most orders.
  const [top] = (
    await query(`SELECT a.customer_id FROM loyalty_account a
      JOIN loyalty_points_entry e ON e.account_id = a.id
      GROUP BY a.customer_id ORDER BY COUNT(*) DESC LIMIT 1`)
  ).rows
  for (let i = 0; i < RUNS; i++) {
    const one = await time(() =>
      service.evaluateTiers({
        customer_ids: [top.customer_id],
        now,
        changed_by: "bench",
      })
    )
    record("one", one.seconds)
    log(`evaluateTiers, one customer, run ${i + 1}: ${s2(one.seconds)} s`)
  }

  // ------------------------------------------------ the full nightly
  // What the loyalty-nightly workflow's steps call, in order: release due
  // pending points, expire points, list points expiring soon (when the
  // service has it), re-evaluate tiers; called directly, not through the
  // workflow engine. Each run starts from the same state: what a run changed
  // in the ledger is put back after it.
  if (NIGHTLY) {
    await query(
      `CREATE TABLE bench_due AS SELECT id FROM loyalty_points_entry
       WHERE status = 'pending' AND available_at <= $1`,
      [now]
    )
    await query(`CREATE TABLE bench_balances AS
      SELECT id, points_available, points_pending, points_debt FROM loyalty_account`)
  }
  const day = now.toISOString().slice(0, 10)
  for (let i = 0; NIGHTLY && i < RUNS; i++) {
    const release = await time(() => service.releasePendingPoints(now))
    log(`nightly run ${i + 1}: release ${s2(release.seconds)} s`)
    const expire = await time(() => service.expirePoints(now))
    log(`nightly run ${i + 1}: expire ${s2(expire.seconds)} s`)
    if (typeof service.listPointsExpiring === "function") {
      const { points_expiring_notice_days: days } =
        await service.getProgramSettings()
      const notice = await time(() => service.listPointsExpiring(now, days))
      record("notice", notice.seconds)
      log(`nightly run ${i + 1}: expiring notices ${s2(notice.seconds)} s`)
    }
    const evaluate = await time(() =>
      service.evaluateTiers({ now, changed_by: "nightly" })
    )
    record("release", release.seconds)
    record("expire", expire.seconds)
    record("nightlyEvaluate", evaluate.seconds)
    record(
      "nightly",
      release.seconds +
        expire.seconds +
        (results.notice?.[i] ?? 0) +
        evaluate.seconds
    )
    log(
      `nightly run ${i + 1}: released ${count(release.result)} entries, ` +
        `expired points of ${count(expire.result.length)} accounts, ` +
        `evaluate ${s2(evaluate.seconds)} s`
    )
    await query(`
      DELETE FROM loyalty_points_entry
        WHERE type = 'expire' AND idempotency_key LIKE '%:${day}';
      UPDATE loyalty_points_entry e SET status = 'pending'
        FROM bench_due d WHERE d.id = e.id;
      UPDATE loyalty_account a
        SET points_available = b.points_available,
            points_pending = b.points_pending, points_debt = b.points_debt
        FROM bench_balances b WHERE b.id = a.id;`)
    await vacuum(ALL_TABLES)
  }

  // ---------------------------------------------------------------- report
  const floor = median(results.floor)
  const line = (label, key, { customers = counts.accounts, ratio = true }) => {
    const m = median(results[key])
    const best = Math.min(...results[key])
    return (
      `| ${label} | ${s2(m)} | ${s2(best)} | ${rate(customers / m)} | ` +
      `${ratio ? `${s2(m / floor)}×` : "–"} |`
    )
  }
  const rows = [
    ["aggregate SELECT alone (the floor)", "floor", {}],
    ["aggregate SELECT without FOR UPDATE (1 run)", "floorRead", {}],
    [
      "**evaluateTiers, all accounts (the nightly re-evaluation)**",
      "evaluate",
      {},
    ],
    ["evaluateTiers, first run: every account changes (1 run)", "first", {}],
    [
      "evaluateTiers, one customer (per order placed/returned)",
      "one",
      { customers: 1, ratio: false },
    ],
    ["nightly: releasePendingPoints", "release", {}],
    ["nightly: expirePoints", "expire", {}],
    ["nightly: listPointsExpiring (notices)", "notice", {}],
    ["nightly: evaluateTiers", "nightlyEvaluate", {}],
    ["nightly: total", "nightly", {}],
  ].filter(([, key]) => results[key])

  const verdict = (label, key) => {
    const m = median(results[key])
    const ratioOk = m <= TARGET_RATIO * floor
    const timeOk = m < TARGET_SECONDS
    if (!(ratioOk && timeOk) && env.BENCH_STRICT === "1") {
      exitCode = 1
    }
    return (
      `${ratioOk && timeOk ? "PASS" : "FAIL"} ${label}: ${s2(m)} s = ` +
      `${s2(m / floor)}× the floor (≤ ${TARGET_RATIO}×: ${ratioOk ? "met" : "missed"}; ` +
      `< ${TARGET_SECONDS} s: ${timeOk ? "met" : "missed"})`
    )
  }
  console.log(
    [
      "",
      `## Tier re-evaluation: ${count(counts.accounts)} customers, ` +
        `${count(counts.earn)} orders`,
      "",
      `Ledger: ${count(counts.earn)} earn, ${count(counts.reverse)} reverse, ` +
        `${count(counts.expire)} expire entries (${counts.ledger_size}), ` +
        `${count(counts.pending)} pending. Tiers: ` +
        `${spread.map((t) => `${t.tier} ${count(t.n)}`).join(", ")}. ` +
        `Module from the ${mod.kind}. Median and best of ${RUNS} runs.`,
      "",
      `| step | median s | best s | customers/s (median) | × floor (median) |`,
      `|---|---:|---:|---:|---:|`,
      ...rows.map(([label, key, opts]) => line(label, key, opts)),
      "",
      verdict("evaluateTiers, all accounts", "evaluate"),
      ...(NIGHTLY ? [verdict("full nightly", "nightly")] : []),
      "",
    ].join("\n")
  )
} catch (e) {
  console.error(e)
  exitCode = 1
} finally {
  await shutdown()
  if (env.BENCH_KEEP_DB !== "1") {
    await dropDatabase(DB)
  }
}
log("done")
process.exit(exitCode)
