#!/usr/bin/env node
// Storefront return requests through the plugin (`POST /store/return-requests`:
// return policy, RMA, decision audit, and the native return when the policy
// auto-approves) against Medusa's own `POST /store/returns` with the plugin's
// default config (its guard, when the tree has one, evaluates the policy
// first), on one seeded store, in one run, interleaved. With the guard, a
// third path runs the native route with the guard off (Medusa alone). Prints
// p50/p95 of each and their ratio, then the policy engine's evaluations/s
// alone (bench/return-engine).
// Target: the plugin's p50 within 1.3× the native p50; the engine ≥ 50,000
// evaluations/s on one core.
//
//   node bench/return-request/run.mjs [N]
//
// No build needed: the app boots in this process from src/ and the root
// medusa-config.ts, on its own database, on a free port (server.mjs).
//
// Environment:
//   DB_HOST (127.0.0.1), DB_PORT (5432), DB_USERNAME (postgres), DB_PASSWORD
//   BENCH_N             timed requests per path (200; or the first argument)
//   BENCH_WARMUP        untimed requests per path first (10)
//   BENCH_DB            database, dropped and recreated (rms_bench_return_request)
//   BENCH_PORT          HTTP port (a free one by default)
//   BENCH_ENGINE=0      skip the engine-only run
//   BENCH_ENGINE_SECONDS  its measuring time (3)
//   BENCH_APP_DIR       boot this copy of the repository instead (e.g. a clean
//                       `git archive` export with node_modules linked, when
//                       the working tree is mid-edit)
//   BENCH_RESEND_URL    the Resend API the plugin emails through (by default a
//                       stand-in in this process that accepts every email)
//   BENCH_TRACE_SQL=1   print each path's statements for its first timed request
//   BENCH_KEEP_DB=1     keep the database afterwards (dropped by default)
//   BENCH_STRICT=1      exit 1 when a target is missed
//   BENCH_PROFILE=1     CPU-profile each path's timed requests (request sent
//                       to response read) and print where the time goes
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import {
  dropDatabase,
  recreateDatabase,
  root,
  rootRequire,
} from "../lib/medusa-module.mjs"
import { startProfiler } from "../lib/cpu-profile.mjs"
import { recordResults } from "../lib/results.mjs"
import { REASON_CODE, seedStore } from "./seed.mjs"
import { startServer } from "./server.mjs"

const env = process.env
const int = (name, value, fallback, min = 1) => {
  const n = Number(value ?? fallback)
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`${name} must be a whole number ≥ ${min}, got ${value}`)
  }
  return n
}
const N = int("BENCH_N", process.argv[2] ?? env.BENCH_N, 200)
const WARMUP = int("BENCH_WARMUP", env.BENCH_WARMUP, 10, 0)
const PORT = int("BENCH_PORT", env.BENCH_PORT, 0, 0)
const TRACE = env.BENCH_TRACE_SQL === "1"
const DB = env.BENCH_DB ?? "rms_bench_return_request"
const APP = path.resolve(env.BENCH_APP_DIR ?? root)
const profiler =
  env.BENCH_PROFILE === "1" ? await startProfiler({ root: APP }) : null
const TARGET_RATIO = 1.3
const TARGET_ENGINE = 50_000
// Each order has one unit of each of the fixtures' 9 variants: 9 returns.
const LINES_PER_ORDER = 9

const started = performance.now()
const log = (msg) =>
  console.error(
    `[bench +${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`
  )
const ms = (n) => n.toFixed(1)
const count = (n) => Math.round(n).toLocaleString("en-US")
// Nearest rank, as bench/return-engine.
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]
const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return {
    n: xs.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
    min: sorted[0],
    max: sorted[sorted.length - 1],
  }
}

/**
 * The plugin's guard on native `POST /store/returns`, if this tree has one:
 * the middlewares.ts files with that matcher whose export the root
 * src/api/middlewares.ts uses. (Whether it then runs is the module's
 * `enforce_on_native_store_returns` setting, on by default: read at run time.)
 */
const findNativeGuard = () => {
  const api = path.join(APP, "src", "api")
  const read = (f) => fs.readFileSync(path.join(api, f), "utf8")
  const wiring = read("middlewares.ts")
  return fs
    .readdirSync(api, { recursive: true })
    .filter(
      (f) => path.basename(f) === "middlewares.ts" && f !== "middlewares.ts"
    )
    .filter((f) => {
      const text = read(f)
      const exported = [...text.matchAll(/export const (\w+)/g)].map(
        (m) => m[1]
      )
      return (
        /matcher:\s*["'`]\/store\/returns["'`*]/.test(text) &&
        exported.some((name) => new RegExp(`\\b${name}\\b`).test(wiring))
      )
    })
    .map((f) => path.join("src", "api", f))
}

// ---------------------------------------------------------------- the paths
const nativeBody = (slot, shippingOptionId) => ({
  order_id: slot.order_id,
  items: [{ id: slot.line_id, quantity: 1 }],
  return_shipping: { option_id: shippingOptionId },
})
const nativeCheck = (data) => /^return_/.test(data?.return?.id ?? "")
const PATHS = {
  plugin: {
    label: "plugin `POST /store/return-requests`",
    url: "/store/return-requests",
    body: (slot, shippingOptionId) => ({
      order_id: slot.order_id,
      items: [
        { line_item_id: slot.line_id, quantity: 1, reason_code: REASON_CODE },
      ],
      return_shipping_option_id: shippingOptionId,
    }),
    // Auto-approved, so the native return was created in the same request.
    check: (data) =>
      data?.return_request?.status === "approved" &&
      /^return_/.test(data.return_request.return_id ?? ""),
  },
  native: {
    label: "native `POST /store/returns` (plugin defaults)",
    url: "/store/returns",
    body: nativeBody,
    check: nativeCheck,
  },
  // Only when the guard is active: the same route with
  // `enforce_on_native_store_returns: false`, i.e. Medusa alone.
  bare: {
    label: "native `POST /store/returns`, guard off",
    url: "/store/returns",
    body: nativeBody,
    check: nativeCheck,
    guardOff: true,
  },
}

// ---------------------------------------------------------------- engine
/** bench/return-engine on its own process (one core), its table parsed. */
const runEngine = () => {
  const r = spawnSync(
    process.execPath,
    [path.join(root, "bench", "return-engine", "run.mjs")],
    {
      encoding: "utf8",
      env: { ...env, BENCH_SECONDS: env.BENCH_ENGINE_SECONDS ?? "3" },
    }
  )
  if (r.status !== 0) {
    throw new Error(`bench/return-engine failed: ${r.stderr || r.stdout}`)
  }
  const number = (s) => Number(s.replace(/,/g, ""))
  return r.stdout
    .split("\n")
    .map((line) => line.split("|").map((c) => c.trim()))
    .filter((c) => c.length === 8 && /^\d[\d,]*$/.test(c[2] ?? ""))
    .map((c) => ({
      input: c[1],
      perSecond: number(c[4]),
      p50: number(c[5]),
      p99: number(c[6]),
    }))
}

// ---------------------------------------------------------------- run
const guardFiles = findNativeGuard()
if (APP !== root) {
  log(`app from ${APP}`)
}
log(
  guardFiles.length
    ? `the plugin guards native POST /store/returns (${guardFiles.join(", ")})`
    : "no plugin middleware on native POST /store/returns"
)
log(`database ${DB}: dropped and recreated`)
await recreateDatabase(DB)

let server
let exitCode = 0
let names = ["plugin", "native"]
const guard = { files: guardFiles, active: false }
const durations = {}
const statements = {}
const cpu = {}
const after = {}
// A Resend stand-in that accepts every email, as a store's provider
// normally does: failed emails would be retried by the workflow engine in
// the background, during later timed requests. Unless BENCH_RESEND_URL
// points elsewhere.
const resend = env.BENCH_RESEND_URL
  ? null
  : await new Promise((resolve) => {
      let sent = 0
      const fake = http.createServer((req, res) => {
        req.resume()
        req.on("end", () => {
          res.writeHead(200, { "content-type": "application/json" })
          res.end(JSON.stringify({ id: `bench_email_${++sent}` }))
        })
      })
      fake.listen(0, "127.0.0.1", () => resolve(fake))
    })
process.env.RMS_RESEND_BASE_URL =
  env.BENCH_RESEND_URL ?? `http://127.0.0.1:${resend.address().port}`

try {
  server = await startServer({ root: APP, database: DB, port: PORT, log })
  const baseUrl = `http://localhost:${server.port}`
  log(`Medusa is up on port ${server.port}`)

  const { RETURN_POLICY_MODULE } = rootRequire(
    path.join(APP, "src", "modules", "return-policy", "index.ts")
  )
  const service = server.container.resolve(RETURN_POLICY_MODULE)
  // The guard reads the settings object on every request: switching it off
  // around a request of the `bare` path leaves Medusa's route alone.
  const settings = await service.getReturnsSettings?.()
  guard.active =
    guardFiles.length > 0 && settings?.enforce_on_native_store_returns === true
  if (guard.active && settings === (await service.getReturnsSettings())) {
    names = ["plugin", "native", "bare"]
  } else if (guard.active) {
    log("cannot switch the guard off at run time: no guard-off path")
  }
  for (const name of names) {
    durations[name] = []
    statements[name] = []
    cpu[name] = []
    after[name] = []
  }

  const per = WARMUP + N
  const ordersPerPath = Math.ceil(per / LINES_PER_ORDER)
  log(
    `seeding: ${ordersPerPath} orders × ${LINES_PER_ORDER} lines for each ` +
      `of ${names.join(", ")}`
  )
  const { ContainerRegistrationKeys } = rootRequire("@medusajs/framework/utils")
  const pg = server.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // Statements sent, and this process's CPU time (server and client, not
  // PostgreSQL's), while a request runs: requests go one at a time and the
  // next starts when the last one's background work is done, so both are
  // the request's. Unlike latency, neither grows while other programs load
  // the machine.
  let sent = 0
  let trace = null
  pg.on("query", (q) => {
    sent++
    trace?.push(q.sql.replace(/\s+/g, " "))
  })
  // The traced statements' result sizes: rows × columns is what the ORM
  // hydrates.
  pg.on("query-response", (response, q) => {
    const rows = Array.isArray(response) ? response : response?.rows
    if (trace && Array.isArray(rows) && rows.length) {
      const cells = rows.length * Object.keys(rows[0] ?? {}).length
      trace.push(
        `   -> ${rows.length} rows, ${cells} cells: ${q.sql.slice(0, 60)}`
      )
    }
  })

  const { basics, slots } = await seedStore({
    root: APP,
    container: server.container,
    baseUrl,
    paths: names,
    ordersPerPath,
    log,
  })
  /**
   * Resolves once the connection has sent nothing for `quietMs` (or after
   * `maxMs`, with false): subscribers (loyalty points for placed orders,
   * notifications for returns and requests) run after the response.
   */
  const settle = async (quietMs, maxMs) => {
    const step = 50
    let last = sent
    for (let waited = 0, quiet = 0; waited < maxMs; waited += step) {
      await new Promise((resolve) => setTimeout(resolve, step))
      quiet = sent === last ? quiet + step : 0
      last = sent
      if (quiet >= quietMs) {
        return true
      }
    }
    return false
  }
  if (!(await settle(2000, 60_000))) {
    log("the database connection was never quiet for 2 s: starting anyway")
  }

  const optionId = basics.returnShippingOption.id
  const send = async (name, slot, timed) => {
    const p = PATHS[name]
    const before = sent
    if (p.guardOff) {
      settings.enforce_on_native_store_returns = false
    }
    try {
      const cpu0 = process.cpuUsage()
      const t0 = performance.now()
      const request = async () => {
        const res = await fetch(`${baseUrl}${p.url}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...slot.headers },
          body: JSON.stringify(p.body(slot, optionId)),
        })
        return { res, data: await res.json().catch(() => null) }
      }
      const { res, data } =
        profiler && timed
          ? await profiler.record(name, request)
          : await request()
      const elapsed = performance.now() - t0
      const used = process.cpuUsage(cpu0)
      if (res.status !== 200 || !p.check(data)) {
        throw new Error(
          `${name} ${p.url} for ${slot.order_id}/${slot.line_id}: ` +
            `${res.status} ${JSON.stringify(data)}`
        )
      }
      // What the request left to run after its response, let finish before
      // the next request so each is timed on its own.
      const answered = sent
      trace?.push("-- response --")
      await settle(200, 10_000)
      return {
        elapsed,
        statements: answered - before,
        after: sent - answered,
        cpu: (used.user + used.system) / 1000,
      }
    } finally {
      if (p.guardOff) {
        settings.enforce_on_native_store_returns = true
      }
    }
  }

  // Interleaved, each round starting one path further along (plugin,
  // native, …; native, …, plugin; …), so no path always runs right after
  // the same other one.
  log(`${WARMUP} warm-up then ${N} timed requests per path, interleaved`)
  for (let i = 0; i < per; i++) {
    const k = i % names.length
    for (const name of [...names.slice(k), ...names.slice(0, k)]) {
      trace = TRACE && i === WARMUP ? [] : null
      const r = await send(name, slots[name][i], i >= WARMUP)
      if (trace) {
        console.error(
          `\n${name}: ${r.statements} statements until the response, ` +
            `${r.after} after\n${trace.join("\n")}\n`
        )
        trace = null
      }
      if (i >= WARMUP) {
        durations[name].push(r.elapsed)
        statements[name].push(r.statements)
        cpu[name].push(r.cpu)
        after[name].push(r.after)
      }
    }
    if ((i + 1) % 50 === 0) {
      log(`${i + 1}/${per} requests per path`)
    }
  }

  const [counts] = (
    await pg.raw(`SELECT
      (SELECT COUNT(*) FROM "return" WHERE deleted_at IS NULL)::int AS returns,
      (SELECT COUNT(*) FROM return_request
        WHERE deleted_at IS NULL AND status = 'approved')::int AS approved`)
  ).rows
  if (counts.returns !== names.length * per || counts.approved !== per) {
    throw new Error(
      `expected ${names.length * per} native returns and ${per} approved ` +
        `requests, found ${JSON.stringify(counts)}`
    )
  }
  log(`checked: ${counts.returns} native returns, ${counts.approved} requests`)
} catch (e) {
  console.error(e)
  exitCode = 1
} finally {
  await server?.shutdown().catch((e) => console.error(e))
  resend?.close()
  if (env.BENCH_KEEP_DB !== "1") {
    await dropDatabase(DB)
  }
}

// ---------------------------------------------------------------- report
if (!exitCode) {
  let engine = []
  if (env.BENCH_ENGINE !== "0") {
    log("engine alone: bench/return-engine")
    engine = runEngine()
  }
  const s = Object.fromEntries(names.map((p) => [p, stats(durations[p])]))
  const sql = Object.fromEntries(
    names.map((p) => [p, stats(statements[p]).p50])
  )
  const cpuP50 = Object.fromEntries(names.map((p) => [p, stats(cpu[p]).p50]))
  const afterP50 = Object.fromEntries(
    names.map((p) => [p, stats(after[p]).p50])
  )
  // Same-round pairs ran seconds apart, so a busy spell on the (shared)
  // machine slows both: the median of their ratios drifts less than the
  // ratio of medians.
  const paired = (base) =>
    stats(durations.plugin.map((d, i) => d / durations[base][i])).p50
  const x = (n) => `${n.toFixed(2)}×`
  const ratioRow = (base) =>
    `| **plugin / ${base === "bare" ? "native, guard off" : "native"}** | | ` +
    `**${x(s.plugin.p50 / s[base].p50)}** | ${x(s.plugin.p95 / s[base].p95)} | ` +
    `${x(s.plugin.mean / s[base].mean)} | ${x(s.plugin.min / s[base].min)} | ` +
    `${x(paired(base))} | ${x(cpuP50.plugin / cpuP50[base])} | ` +
    `${x(sql.plugin / sql[base])} | |`
  const ratio = s.plugin.p50 / s.native.p50
  const ratioOk = ratio <= TARGET_RATIO
  const typical = engine.find((e) => e.input.startsWith("typical"))
  const engineOk = !typical || typical.perSecond >= TARGET_ENGINE
  // Medusa alone is the baseline the target names: the native route with
  // the plugin's guard off when this tree has a guard.
  const base = s.bare ? "bare" : "native"
  recordResults("return-request", [
    {
      measure: `POST /store/return-requests p50 (n=${N}, interleaved)`,
      baseline: `${ms(s[base].p50)} ms native POST /store/returns${s.bare ? " (guard off)" : ""}`,
      value: `${ms(s.plugin.p50)} ms (${x(s.plugin.p50 / s[base].p50)})`,
      target: `≤ ${TARGET_RATIO}×`,
      met: s.plugin.p50 / s[base].p50 <= TARGET_RATIO,
    },
    {
      measure: "POST /store/return-requests p95",
      baseline: `${ms(s[base].p95)} ms native`,
      value: `${ms(s.plugin.p95)} ms (${x(s.plugin.p95 / s[base].p95)})`,
      target: null,
      met: null,
    },
  ])
  if (env.BENCH_STRICT === "1" && !(ratioOk && engineOk)) {
    exitCode = 1
  }
  const guardNote = guard.active
    ? `Native POST /store/returns runs the plugin's guard ` +
      `(${guard.files.join(", ")}; \`enforce_on_native_store_returns\` ` +
      `defaults to true): the policy evaluated before Medusa's route. ` +
      `"Guard off" is the same route with the option false (Medusa alone).`
    : guard.files.length
      ? `The plugin's guard on native POST /store/returns is switched off ` +
        `(\`enforce_on_native_store_returns: false\`).`
      : `Native POST /store/returns has no plugin guard in this tree.`
  console.log(
    [
      "",
      `## Storefront return request: plugin vs native, ${N} each`,
      "",
      `One line, quantity 1, per request; every plugin request auto-approved ` +
        `(policy, RMA, decision audit, native return). ${WARMUP} warm-up ` +
        `requests per path first; interleaved. ${guardNote} ` +
        `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, ` +
        `Node ${process.version}.`,
      "",
      `| path | n | p50 ms | p95 ms | mean ms | min ms | same-round ratio (median) | Node CPU ms (median) | SQL statements (median) | SQL after the response (median) |`,
      `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
      ...names.map(
        (p) =>
          `| ${PATHS[p].label} | ${s[p].n} | ${ms(s[p].p50)} | ` +
          `${ms(s[p].p95)} | ${ms(s[p].mean)} | ${ms(s[p].min)} | | ` +
          `${ms(cpuP50[p])} | ${sql[p]} | ${afterP50[p]} |`
      ),
      ratioRow("native"),
      ...(s.bare ? [ratioRow("bare")] : []),
      "",
      ...(engine.length
        ? [
            `| policy engine alone (bench/return-engine, one core) | evaluations/s | p50 µs | p99 µs |`,
            `|---|---:|---:|---:|`,
            ...engine.map(
              (e) =>
                `| ${e.input} | ${count(e.perSecond)} | ${e.p50.toFixed(2)} | ` +
                `${e.p99.toFixed(2)} |`
            ),
            "",
          ]
        : []),
      `${ratioOk ? "PASS" : "FAIL"} plugin p50 ${ms(s.plugin.p50)} ms = ` +
        `${x(ratio)} native p50 ${ms(s.native.p50)} ms ` +
        `(≤ ${TARGET_RATIO}×: ${ratioOk ? "met" : "missed"}); ` +
        `same-round ratio ${x(paired("native"))}`,
      ...(s.bare
        ? [
            `     plugin p50 = ${x(s.plugin.p50 / s.bare.p50)} native p50 ` +
              `with the guard off (${ms(s.bare.p50)} ms); same-round ratio ` +
              `${x(paired("bare"))}`,
          ]
        : []),
      ...(typical
        ? [
            `${engineOk ? "PASS" : "FAIL"} engine ${count(typical.perSecond)} ` +
              `evaluations/s on a typical 3-line order (≥ ${count(TARGET_ENGINE)}: ` +
              `${engineOk ? "met" : "missed"})`,
          ]
        : []),
      "",
      ...(profiler ? names.map((p) => profiler.report(p)) : []),
    ].join("\n")
  )
}
log("done")
process.exit(exitCode)
