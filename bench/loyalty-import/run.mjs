#!/usr/bin/env node
// Loyalty import benchmark: a Smile.io customer export of 100,000 members,
// each matching a Medusa customer, through the real import workflows
// (dry run, import, the same file again), timed end to end and printed as a
// markdown table, with the ledger and the reconciliation checked after.
// Target: the import of 100,000 rows in under 2 minutes on 2 cores.
//
//   node bench/loyalty-import/run.mjs         # about 3 min on 2 cores
//
// No build needed: the app boots in this process from src/ and the root
// medusa-config.ts, on its own database (bench/return-request/server.mjs).
//
// Environment:
//   DB_HOST (127.0.0.1), DB_PORT (5432), DB_USERNAME (postgres), DB_PASSWORD
//   BENCH_ROWS          members in the file (100000)
//   BENCH_DB            database, dropped and recreated (rms_bench_loyalty_import)
//   BENCH_KEEP_DB=1     keep the database afterwards (dropped by default)
//   BENCH_STRICT=1      exit 1 when the target is missed
import path from "node:path"
import {
  dropDatabase,
  recreateDatabase,
  root,
  rootRequire,
} from "../lib/medusa-module.mjs"
import { startServer } from "../return-request/server.mjs"

const env = process.env
const ROWS = Number(env.BENCH_ROWS ?? 100_000)
if (!Number.isInteger(ROWS) || ROWS <= 0) {
  throw new Error(`BENCH_ROWS must be a positive whole number, got ${ROWS}`)
}
const DB = env.BENCH_DB ?? "rms_bench_loyalty_import"
const TARGET_SECONDS = 120

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
const count = (n) => Math.round(n).toLocaleString("en-US")

/** A Smile.io customer export: every 7th email in other capitals. */
const smileExport = (rows, bonus = 0) => {
  const tiers = ["", "Bronze", "Silver", "Gold"]
  const lines = [
    "Customer ID,First Name,Last Name,Email,Points Balance,Member Status,VIP Tier,Referral URL,Date Joined",
  ]
  for (let i = 1; i <= rows; i++) {
    const email = `member${i}@bench.example`
    lines.push(
      [
        9_000_000 + i,
        `First${i}`,
        `"Last, ${i}"`,
        i % 7 === 0 ? email.toUpperCase() : email,
        ((i * 37) % 5000) + (i === 1 ? bonus : 0),
        "member",
        tiers[i % 4],
        `https://stk.to/m${i}`,
        "2025-03-01",
      ].join(",")
    )
  }
  return lines.join("\r\n") + "\r\n"
}

let server
let exitCode = 0
try {
  await recreateDatabase(DB)
  log(`database ${DB} recreated`)
  server = await startServer({ root, database: DB, log })
  const { container } = server
  log("Medusa is up")

  const { ContainerRegistrationKeys } = rootRequire("@medusajs/framework/utils")
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const workflows = rootRequire(
    path.join(root, "src", "workflows", "loyalty", "index.ts")
  )
  const service = container.resolve("loyalty_program")

  // Customers with plain SQL (what a store migrated from Shopify holds).
  await pg.raw(
    `INSERT INTO customer (id, email, first_name, has_account, created_at, updated_at)
     SELECT 'cus_bench_' || n, 'member' || n || '@bench.example', 'First' || n, true, now(), now()
     FROM generate_series(1, ?) AS n`,
    [ROWS]
  )
  await pg.raw(`VACUUM ANALYZE customer`)
  await service.createLoyaltyTiers([
    { name: "Bronze", rank: 0 },
    { name: "Silver", rank: 1, min_points: 1000 },
    { name: "Gold", rank: 2, min_lifetime_spend: 5000 },
  ])
  const csv = smileExport(ROWS)
  log(
    `${count(ROWS)} customers seeded; the file is ${(csv.length / 1e6).toFixed(1)} MB`
  )

  const dry = await time(() =>
    workflows.previewLoyaltyImportWorkflow(container).run({ input: { csv } })
  )
  log(
    `dry run: ${dry.seconds.toFixed(1)} s, ${JSON.stringify({ ...dry.result.result.summary, samples: undefined })}`
  )

  /** Records and runs an import; resolves when it has completed. */
  const runImport = async (file) => {
    const { result } = await workflows
      .createLoyaltyImportWorkflow(container)
      .run({ input: { csv: file, created_by: "bench" } })
    await workflows
      .runLoyaltyImportWorkflow(container)
      .run({ input: { import_id: result.id } })
    for (;;) {
      const record = await service.retrieveLoyaltyImport(result.id, {
        select: [
          "status",
          "error",
          "summary",
          "created_at",
          "started_at",
          "updated_at",
          "finished_at",
        ],
      })
      if (record.status === "completed" || record.status === "failed") {
        log(
          `  created ${record.created_at.toISOString()}, started ${record.started_at?.toISOString()}, ` +
            `last batch ${record.updated_at.toISOString()}, finished ${record.finished_at?.toISOString()}`
        )
        return record
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  }

  // BENCH_TRACE_SQL=1: the slowest statements of the import, by total time.
  const traced = new Map()
  if (env.BENCH_TRACE_SQL === "1") {
    const open = new Map()
    pg.on("query", (q) => open.set(q.__knexQueryUid, performance.now()))
    pg.on("query-response", (_, q) => {
      const t0 = open.get(q.__knexQueryUid)
      const key = q.sql.replace(/\s+/g, " ").slice(0, 160)
      const entry = traced.get(key) ?? { n: 0, ms: 0 }
      entry.n++
      entry.ms += performance.now() - t0
      traced.set(key, entry)
    })
  }
  const first = await time(() => runImport(csv))
  for (const [sql, { n, ms }] of [...traced]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 8)) {
    log(`  ${ms.toFixed(0)} ms in ${n}× ${sql}`)
  }
  log(
    `import: ${first.seconds.toFixed(1)} s, status ${first.result.status} ${first.result.error ?? ""}`
  )
  const again = await time(() => runImport(csv))
  log(`same file again: ${again.seconds.toFixed(1)} s`)
  const changed = await time(() => runImport(smileExport(ROWS, 100)))
  log(`file with one balance changed: ${changed.seconds.toFixed(1)} s`)

  const [ledger] = (
    await pg.raw(
      `SELECT COUNT(*)::int AS entries, COUNT(DISTINCT account_id)::int AS accounts
       FROM loyalty_points_entry`
    )
  ).rows
  const reconciliation = await service.reconcileBalances()
  const ok =
    first.result.status === "completed" &&
    first.result.summary.created === ROWS &&
    again.result.summary.unchanged === ROWS &&
    changed.result.summary.adjusted === 1
  if (!ok || reconciliation.mismatched !== 0) {
    exitCode = 1
    log("FAILED: the import did not do what it should (see the table)")
  }
  if (first.seconds > TARGET_SECONDS && env.BENCH_STRICT === "1") {
    exitCode = 1
  }

  const rate = (s) => count(ROWS / s)
  console.log(
    `\n### Loyalty import, ${count(ROWS)} rows (Smile.io export, ${os()})\n`
  )
  console.log("| run | seconds | rows/s | outcome |")
  console.log("|---|---:|---:|---|")
  const summary = (r) =>
    `created ${count(r.created)}, adjusted ${count(r.adjusted)}, unchanged ${count(r.unchanged)}, skipped ${count(r.skipped)}`
  console.log(
    `| dry run | ${dry.seconds.toFixed(1)} | ${rate(dry.seconds)} | ${summary(dry.result.result.summary)} |`
  )
  console.log(
    `| import | ${first.seconds.toFixed(1)} | ${rate(first.seconds)} | ${summary(first.result.summary)} |`
  )
  console.log(
    `| same file again | ${again.seconds.toFixed(1)} | ${rate(again.seconds)} | ${summary(again.result.summary)} |`
  )
  console.log(
    `| one balance changed | ${changed.seconds.toFixed(1)} | ${rate(changed.seconds)} | ${summary(changed.result.summary)} |`
  )
  console.log(
    `\nLedger: ${count(ledger.entries)} entries on ${count(ledger.accounts)} accounts; ` +
      `reconciliation: ${reconciliation.mismatched} mismatched of ${count(reconciliation.accounts_checked)}. ` +
      `Target: import under ${TARGET_SECONDS} s: ${first.seconds <= TARGET_SECONDS ? "met" : "MISSED"}.`
  )
} catch (e) {
  console.error(e)
  exitCode = 1
} finally {
  await server?.shutdown().catch((e) => console.error(e))
  if (env.BENCH_KEEP_DB !== "1") {
    await dropDatabase(DB).catch((e) => console.error(e))
  }
}
process.exit(exitCode)

function os() {
  return `${rootRequire("node:os").cpus().length} cores`
}
