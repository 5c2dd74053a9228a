#!/usr/bin/env node
// Reports at scale: seeds 1,000,000 return requests (with their items,
// decisions and disputes) and a 1,000,000-order loyalty ledger with the
// orders behind it, all with plain SQL (the loyalty module's per-order facts
// by its migration's backfill), then times the code the admin's
// report routes run (`assembleReturnPolicyReport`, `assembleLoyaltyReport`:
// the report workflows' steps call exactly these) over the ranges the admin
// offers. Target: under 300 ms at p50 for each.
//
//   npm run build && node bench/reports/run.mjs
//
// Environment:
//   DB_HOST (127.0.0.1), DB_PORT (5432), DB_USERNAME (postgres), DB_PASSWORD
//   BENCH_DB            database, dropped and recreated (rms_bench_reports)
//   BENCH_REQUESTS      return requests over the last 365 days (1000000)
//   BENCH_ORDERS        orders = earn entries, over 2 years (1000000)
//   BENCH_CUSTOMERS     loyalty accounts (100000)
//   BENCH_RUNS          timed runs per report and range (5)
//   BENCH_FROM_SOURCE=1 load src/ (compiled with swc) instead of the build
//   BENCH_KEEP_DB=1     keep the database afterwards (dropped by default)
//   BENCH_STRICT=1      exit 1 when a target is missed
import fs from "node:fs"
import path from "node:path"
import {
  databaseUrl,
  dropDatabase,
  loadModules,
  recreateDatabase,
  registerTypeScript,
  resolveModulePath,
  root,
  rootRequire,
} from "../lib/medusa-module.mjs"
import { seedStatements, withoutIndexes } from "../tier-evaluation/seed.mjs"
import { recordResults } from "../lib/results.mjs"
import { returnStatements } from "./seed.mjs"

const env = process.env
const int = (name, fallback) => {
  const n = Number(env[name] ?? fallback)
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(`${name} must be a positive whole number, got ${env[name]}`)
  }
  return n
}
const DB = env.BENCH_DB ?? "rms_bench_reports"
const REQUESTS = int("BENCH_REQUESTS", 1_000_000)
const ORDERS = int("BENCH_ORDERS", 1_000_000)
const CUSTOMERS = int("BENCH_CUSTOMERS", 100_000)
const RUNS = int("BENCH_RUNS", 5)
const TARGET_MS = 300
const RANGES = [
  { label: "last 30 days", days: 30, period: "day" },
  { label: "last 90 days", days: 90, period: "week" },
  { label: "last 12 months", days: 365, period: "month" },
]

const started = performance.now()
const log = (msg) =>
  console.error(
    `[bench +${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`
  )
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
// Nearest rank: with BENCH_RUNS 5 the p95 is the slowest run.
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]
}
const count = (n) => Math.round(n).toLocaleString("en-US")

// ------------------------------------------------------------- the code
const fromSource = env.BENCH_FROM_SOURCE === "1"
// Medusa's order module first, for the `order` table the loyalty
// migration's backfill reads: an app migrates its core modules before a
// plugin's.
const modules = {
  order: { resolve: rootRequire.resolve("@medusajs/order") },
  ...Object.fromEntries(
    [
      ["loyalty_program", "loyalty-program"],
      ["return_policy", "return-policy"],
      ["return_dispute", "return-dispute"],
    ].map(([key, folder]) => {
      const mod = resolveModulePath(folder, { fromSource })
      if (mod.stale) {
        log(`WARNING: src/modules/${folder} is newer than its build`)
      }
      return [key, { resolve: mod.path }]
    })
  ),
}
// The loyalty migration's backfill of the per-order facts, run once the
// orders and the ledger are seeded (the migration ran on empty tables).
const { BACKFILL_ORDER_FACTS } = rootRequire(
  path.join(modules.loyalty_program.resolve, "queries", "order-facts")
)

const builtSteps = path.join(root, ".medusa", "server", "src", "workflows")
const stepsRoot =
  !fromSource && fs.existsSync(builtSteps)
    ? builtSteps
    : (registerTypeScript(), path.join(root, "src", "workflows"))
log(
  `modules and report steps from ${stepsRoot.includes(".medusa") ? "the build" : "src/"}`
)
const { assembleReturnPolicyReport } = rootRequire(
  path.join(stepsRoot, "return-policy", "steps", "return-policy-report")
)
const { assembleLoyaltyReport } = rootRequire(
  path.join(stepsRoot, "loyalty", "steps", "build-loyalty-report")
)

// ---------------------------------------------------------------- setup
log(`database ${DB}: dropped and recreated`)
await recreateDatabase(DB)
const { services, pg, shutdown } = await loadModules({
  modules,
  clientUrl: databaseUrl(DB),
})
log("modules loaded, their migrations run")

const query = async (sql, params) => {
  const conn = await pg.client.acquireConnection()
  try {
    return await conn.query(sql, params)
  } finally {
    await pg.client.releaseConnection(conn)
  }
}
const run = async ({ label, sql }) => {
  const t0 = performance.now()
  await query(sql)
  log(`seeded ${label} in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}

let exitCode = 0
try {
  // ---------------------------------------------------------------- seed
  const now = new Date()
  const [tiers, accounts, ...ledger] = seedStatements({
    now,
    customers: CUSTOMERS,
    orders: ORDERS,
  })
  await run(tiers)
  await run(accounts)
  await withoutIndexes(query, "loyalty_points_entry", async () => {
    for (const statement of ledger) {
      await run(statement)
    }
  })
  const [members, orders, ...returns] = returnStatements({
    now,
    requests: REQUESTS,
  })
  await run(members)
  await withoutIndexes(query, "order", () => run(orders))
  await run({
    label: "order facts (the loyalty migration's backfill)",
    sql: BACKFILL_ORDER_FACTS,
  })
  for (const statement of returns) {
    await withoutIndexes(query, statement.table, () => run(statement))
  }
  // The per-day rollups of everything seeded: what the migration's
  // backfill and the scheduled refresh do in a store (timed, once).
  const r0 = performance.now()
  const rolled = {
    returns: await services.return_policy.refreshReportRollup(),
    ledger: await services.loyalty_program.refreshReportRollup(),
  }
  const rollupSeconds = (performance.now() - r0) / 1000
  log(
    `report rollups: ${rolled.returns.days} + ${rolled.ledger.days} days in ` +
      `${rollupSeconds.toFixed(1)} s`
  )
  await query("VACUUM ANALYZE")
  const [sizes] = (
    await query(`SELECT
      (SELECT COUNT(*) FROM return_request)::int AS return_requests,
      (SELECT COUNT(*) FROM return_decision)::int AS decisions,
      (SELECT COUNT(*) FROM dispute)::int AS disputes,
      (SELECT COUNT(*) FROM loyalty_points_entry)::int AS ledger_entries,
      (SELECT COUNT(*) FROM "order")::int AS orders,
      (SELECT COUNT(*) FROM loyalty_order_fact)::int AS order_facts,
      (SELECT COUNT(*) FROM loyalty_account WHERE tier_id IS NOT NULL)::int AS members`)
  ).rows
  log(`seed done: ${JSON.stringify(sizes)}`)

  // The nightly balance check over the whole ledger, stored: the loyalty
  // report shows it instead of reconciling on every request.
  const t0 = performance.now()
  const check = await services.loyalty_program.checkBalances("bench")
  const checkSeconds = (performance.now() - t0) / 1000
  log(
    `nightly balance check: ${checkSeconds.toFixed(1)} s, ` +
      `${count(check.accounts_checked)} accounts, ${check.mismatched} mismatched`
  )

  // ------------------------------------------------------------- timing
  const reports = {
    returns: (from, to, period) =>
      assembleReturnPolicyReport(
        { policies: services.return_policy, disputes: services.return_dispute },
        { from, to, group_by: period }
      ),
    loyalty: (from, to, period) =>
      assembleLoyaltyReport(
        { loyalty: services.loyalty_program },
        { from, to, period }
      ),
  }
  const rows = []
  for (const range of RANGES) {
    const to = now
    const from = new Date(now.getTime() - range.days * 86_400_000)
    const [inRange] = (
      await query(
        `SELECT
           (SELECT COUNT(*) FROM return_request WHERE created_at >= $1 AND created_at < $2)::int AS requests,
           (SELECT COUNT(*) FROM loyalty_points_entry WHERE created_at >= $1 AND created_at < $2)::int AS entries,
           (SELECT COUNT(*) FROM loyalty_order_fact WHERE placed_at >= $1 AND placed_at < $2)::int AS orders`,
        [from, to]
      )
    ).rows
    for (const [name, report] of Object.entries(reports)) {
      await report(from, to, range.period) // warm-up: plans and caches
      const times = []
      let result
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now()
        result = await report(from, to, range.period)
        times.push(performance.now() - t0)
      }
      const p50 = median(times)
      const tail = p95(times)
      const check =
        name === "returns"
          ? `${count(result.totals?.requests ?? 0)} requests`
          : `${count(result.accrual.customer_orders)} orders, ` +
            `check of ${result.reconciliation.checked_by}`
      log(
        `${name}, ${range.label}: p50 ${p50.toFixed(0)} ms, p95 ${tail.toFixed(0)} ms (${check})`
      )
      rows.push({ name, range, inRange, p50, p95: tail, check })
      if (p50 > TARGET_MS) {
        exitCode = env.BENCH_STRICT === "1" ? 1 : exitCode
      }
    }
  }

  // ------------------------------------------------------------- output
  console.log(
    `\n### Reports over ${count(sizes.return_requests)} return requests and ` +
      `${count(sizes.ledger_entries)} ledger entries (${count(sizes.orders)} orders)\n`
  )
  console.log(
    "| report | range | rows in range | p50 | p95 | target | |\n|---|---|---|---|---|---|---|"
  )
  for (const r of rows) {
    const scanned =
      r.name === "returns"
        ? `${count(r.inRange.requests)} requests`
        : `${count(r.inRange.entries)} entries, ${count(r.inRange.orders)} orders`
    console.log(
      `| ${r.name} | ${r.range.label} | ${scanned} | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms | < ${TARGET_MS} ms | ${r.p50 < TARGET_MS ? "met" : "MISSED"} |`
    )
  }
  console.log(
    `| nightly balance check | whole ledger | ${count(sizes.ledger_entries)} entries, ` +
      `${count(check.accounts_checked)} accounts | ${checkSeconds.toFixed(1)} s once | | ` +
      `(a job, not a request) | |`
  )
  console.log(
    `| report rollups, first build | every day seeded | ${rolled.returns.days} days of requests, ` +
      `${rolled.ledger.days} of ledger | ${rollupSeconds.toFixed(1)} s once | | ` +
      `(the migration's backfill, then a job) | |`
  )
  recordResults(
    "reports",
    rows.map((r) => ({
      measure: `${r.name} report, ${r.range.label} (p50 of ${RUNS})`,
      baseline:
        r.name === "returns"
          ? `${count(r.inRange.requests)} of ${count(sizes.return_requests)} requests`
          : `${count(r.inRange.entries)} of ${count(sizes.ledger_entries)} entries`,
      value: `${r.p50.toFixed(0)} ms (p95 ${r.p95.toFixed(0)} ms)`,
      target: `< ${TARGET_MS} ms`,
      met: r.p50 < TARGET_MS,
    }))
  )
  console.log(
    `\n${RUNS} runs each after a warm-up. The loyalty report reads the ` +
      `stored balance check instead of summing the ledger per request.`
  )
} finally {
  await shutdown()
  if (env.BENCH_KEEP_DB !== "1") {
    await dropDatabase(DB)
  }
}
process.exit(exitCode)
