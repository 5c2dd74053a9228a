#!/usr/bin/env node
// `TEST_TYPE=cluster npm test`: the plugin on Medusa's Redis modules as a
// store that outgrew one process runs it. Builds the demo store once
// (admin disabled: no browser here), migrates and seeds a fresh database
// lean (demo/seed-cluster.ts), starts two server instances and one worker
// on loopback (cluster/topology.mjs), then runs every cluster/*.cluster.mjs
// over real HTTP and prints one line per scenario. Kills all three at the
// end, also on failure. Arguments filter the scenario files.
//
// Ports RMS_CLUSTER_PORT.. +2 (default 9400), the mail catcher on +25;
// database RMS_CLUSTER_DATABASE_URL (default rms_cluster); Redis
// RMS_CLUSTER_REDIS_URL (default redis://127.0.0.1:6379/14: its own
// database number, flushed at start).
import fs from "node:fs"
import path from "node:path"
import { startMailCatcher } from "../demo/mail-catcher.mjs"
import {
  prepareClusterStore,
  root,
  startCluster,
  stopCommands,
} from "./topology.mjs"

const t0 = Date.now()
const port = Number(process.env.RMS_CLUSTER_PORT ?? 9400)
const databaseUrl =
  process.env.RMS_CLUSTER_DATABASE_URL ??
  `postgres://${process.env.DB_USERNAME ?? "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/rms_cluster`
const redisUrl =
  process.env.RMS_CLUSTER_REDIS_URL ?? "redis://127.0.0.1:6379/14"
// Often enough to be seen several times during the run, far enough apart
// that a duplicate run of one tick cannot pass for the next tick.
const NIGHTLY_EVERY_S = 15
const resultsDir = path.join(root, ".test-results")
const logDir = path.join(resultsDir, "cluster-logs")
const seedOut = path.join(resultsDir, "cluster-seed.json")
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`
const log = (msg) =>
  console.log(`\x1b[33m[cluster]\x1b[0m ${msg} (${secs(Date.now() - t0)})`)

fs.rmSync(logDir, { recursive: true, force: true })
fs.mkdirSync(logDir, { recursive: true })
fs.rmSync(path.join(resultsDir, "cluster.json"), { force: true })

const writeResult = (passed, failed) =>
  fs.writeFileSync(
    path.join(resultsDir, "cluster.json"),
    JSON.stringify({ passed, failed, seconds: (Date.now() - t0) / 1000 })
  )

let cluster
let mail
const shutdown = async () => {
  stopCommands()
  await cluster?.stop()
  await mail?.close().catch(() => {})
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => shutdown().then(() => process.exit(130)))
}

let passed = 0
let failed = 0
try {
  mail = await startMailCatcher({ port: port + 25, log: () => {} })
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    RMS_DEMO_MAIL_URL: mail.url,
    RMS_DEMO_ADMIN_DISABLED: "1",
    RMS_LOYALTY_NIGHTLY_SCHEDULE: `*/${NIGHTLY_EVERY_S} * * * * *`,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // The nightly job's "ran on pid ..." line is an info line.
    LOG_LEVEL: "info",
    JWT_SECRET: "cluster-jwt-secret",
    COOKIE_SECRET: "cluster-cookie-secret",
    STORE_CORS: "http://localhost:8000",
  }
  // NODE_OPTIONS from `npm test` (--experimental-vm-modules) is for jest.
  delete env.NODE_OPTIONS

  // RMS_CLUSTER_SKIP_BUILD=1 reuses the last build (while working on a
  // scenario); the test run always builds.
  const seed = await prepareClusterStore({
    env,
    databaseUrl,
    redisUrl,
    seedOut,
    skipBuild: process.env.RMS_CLUSTER_SKIP_BUILD === "1",
    log,
  })

  log("Starting 2 servers and 1 worker")
  cluster = await startCluster({ servers: 2, port, env, logDir })
  log(`Ready: ${cluster.instances.map((i) => `${i.name} ${i.url}`).join(", ")}`)

  const ctx = {
    cluster,
    seed,
    mail,
    log,
    nightlyEverySeconds: NIGHTLY_EVERY_S,
    databaseUrl,
    redisUrl,
  }
  const only = process.argv.slice(2)
  const files = fs
    .readdirSync(path.join(root, "cluster"))
    .filter((f) => f.endsWith(".cluster.mjs"))
    .filter((f) => !only.length || only.some((o) => f.includes(o)))
    .sort()
  for (const file of files) {
    const { scenarios } = await import(path.join(root, "cluster", file))
    for (const scenario of scenarios) {
      const started = Date.now()
      try {
        await scenario.run(ctx)
        passed++
        log(`✓ ${scenario.name} (${secs(Date.now() - started)})`)
      } catch (e) {
        failed++
        log(`✕ ${scenario.name}: ${e?.stack ?? e}`)
      }
    }
  }
} catch (e) {
  failed++
  log(`✕ setup: ${e?.stack ?? e}`)
} finally {
  await shutdown()
}
log(`${passed} passed, ${failed} failed in ${secs(Date.now() - t0)}`)
writeResult(passed, failed)
process.exit(failed ? 1 : 0)
