#!/usr/bin/env node
// Throughput of `POST /store/return-requests` with 1 and then 2 server
// instances (+ the worker), on the Redis modules (cluster/topology.mjs),
// under concurrent load from a second process (load.mjs). Prints a table:
// requests/s for 1 and 2 instances, their ratio, p50 and p95.
//
//   node bench/cluster/run.mjs
//
// Builds the demo store once (admin disabled), seeds a fresh database with
// BENCH_ORDERS orders of BENCH_UNITS units (demo/seed-cluster.ts). Each
// request returns one unit of one order; orders are spread so that few
// requests wait on one order's lock. Environment: BENCH_N requests per
// phase (150), BENCH_CONCURRENCY (8), BENCH_PORT (9450; +1, +2; mail
// catcher +25), BENCH_DB (rms_bench_cluster), BENCH_REDIS_URL
// (redis://127.0.0.1:6379/15, flushed), BENCH_SKIP_BUILD=1 (reuse the
// last demo/.medusa build).
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { startMailCatcher } from "../../demo/mail-catcher.mjs"
import {
  prepareClusterStore,
  root,
  startCluster,
  stopCommands,
} from "../../cluster/topology.mjs"
import { login } from "../../cluster/http.mjs"
import { recordResults } from "../lib/results.mjs"

const N = Number(process.env.BENCH_N ?? 150)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)
const port = Number(process.env.BENCH_PORT ?? 9450)
const db = process.env.BENCH_DB ?? "rms_bench_cluster"
const databaseUrl = `postgres://${process.env.DB_USERNAME ?? "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${db}`
const redisUrl = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/15"
// Two timed phases of N requests and two warm-ups, one unit each, over 20
// orders.
const WARMUP = 20
const ORDERS = 20
const UNITS = Math.ceil((2 * N + 2 * WARMUP) / ORDERS) + 1
const t0 = Date.now()
const log = (msg) =>
  console.error(`[bench +${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`)

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rms-bench-cluster-"))
const seedOut = path.join(tmp, "seed.json")
let cluster
let mail
try {
  mail = await startMailCatcher({ port: port + 25, log: () => {} })
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    RMS_DEMO_MAIL_URL: mail.url,
    RMS_DEMO_ADMIN_DISABLED: "1",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "error",
  }
  delete env.NODE_OPTIONS
  const seed = await prepareClusterStore({
    env,
    databaseUrl,
    redisUrl,
    seedOut,
    seedEnv: {
      RMS_CLUSTER_BENCH_ORDERS: String(ORDERS),
      RMS_CLUSTER_BENCH_UNITS: String(UNITS),
    },
    skipBuild: process.env.BENCH_SKIP_BUILD === "1",
    log,
  })
  log("starting 2 servers + worker")
  cluster = await startCluster({ servers: 2, port, env })
  const [a, b] = cluster.servers
  const headers = await login(
    a.url,
    "customer",
    seed.buyer,
    seed.publishable_key
  )

  let used = 0
  const requests = (n) =>
    Array.from({ length: n }, () => {
      const order = seed.orders[used++ % seed.orders.length]
      return {
        order_id: order.id,
        items: [
          {
            line_item_id: order.items[0].id,
            quantity: 1,
            reason_code: "TOO_SMALL",
          },
        ],
      }
    })
  const phase = (name, targets, n = N) => {
    const file = path.join(tmp, `${name}.json`)
    fs.writeFileSync(
      file,
      JSON.stringify({
        targets: targets.map((t) => t.url),
        path: "/store/return-requests",
        headers,
        concurrency: CONCURRENCY,
        requests: requests(n),
      })
    )
    log(`${name}: ${n} requests, ${CONCURRENCY} in flight`)
    const run = spawnSync(
      process.execPath,
      [path.join(root, "bench", "cluster", "load.mjs"), file],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }
    )
    if (run.status !== 0) {
      throw new Error(`load generator failed: ${run.stderr}`)
    }
    const r = JSON.parse(run.stdout)
    const sorted = [...r.latencies].sort((x, y) => x - y)
    return {
      name,
      rps: r.latencies.length / r.seconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      statuses: r.statuses,
    }
  }

  // Warm both instances up, then 1 instance (the other stopped), then 2.
  phase("warm-up", [a, b], WARMUP)
  await b.kill("SIGTERM")
  const one = phase("1 server", [a])
  b.start()
  await b.ready()
  phase("warm-up b", [b], WARMUP)
  const two = phase("2 servers", [a, b])

  const fmt = (n) => n.toFixed(1)
  console.log(
    `\nPOST /store/return-requests, ${N} requests per row, ${CONCURRENCY} in flight, ${os.cpus().length} cores${process.env.BENCH_NOTE ? ` (${process.env.BENCH_NOTE})` : ""}\n`
  )
  console.log("| instances | requests/s | p50 ms | p95 ms | statuses |")
  console.log("|---|---|---|---|---|")
  for (const r of [one, two]) {
    console.log(
      `| ${r.name} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${JSON.stringify(r.statuses)} |`
    )
  }
  console.log(`\nratio 2/1: ${(two.rps / one.rps).toFixed(2)}×`)
  // No fixed target: on this machine's 2 cores both servers, the worker
  // and PostgreSQL share the CPU, so the ratio says whether the plugin
  // serialises requests (≈ 1×) rather than how far a real cluster scales.
  recordResults("cluster", [
    {
      measure: `cluster throughput, POST /store/return-requests (${CONCURRENCY} in flight)`,
      baseline: `${fmt(one.rps)} req/s on 1 server`,
      value: `${fmt(two.rps)} req/s on 2 servers (${(two.rps / one.rps).toFixed(2)}×)`,
      target: "> 1× (scales out)",
      met: two.rps / one.rps > 1,
    },
    {
      measure: "cluster p95 under that load",
      baseline: `${fmt(one.p95)} ms on 1 server`,
      value: `${fmt(two.p95)} ms on 2 servers`,
      target: null,
      met: null,
    },
  ])
} finally {
  stopCommands()
  await cluster?.stop()
  await mail?.close().catch(() => {})
  fs.rmSync(tmp, { recursive: true, force: true })
}
