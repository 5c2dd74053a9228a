#!/usr/bin/env node
// `npm run test:e2e`: the admin UI in a real browser. Starts the demo store
// (built plugin, fresh database `rms_e2e`, seeded) on its own ports, runs
// every e2e/*.e2e.mjs against it with Debian's Chromium, then stops it.
// Needs /usr/bin/chromium (`apt-get install chromium`).
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { CHROMIUM, root } from "./lib.mjs"

const port = Number(process.env.RMS_E2E_PORT ?? 9300)
const baseUrl = `http://localhost:${port}`
const databaseUrl =
  process.env.RMS_E2E_DATABASE_URL ??
  "postgres://postgres@localhost:5432/rms_e2e"
const log = (msg) => console.log(`\x1b[35m[e2e]\x1b[0m ${msg}`)

if (!fs.existsSync(CHROMIUM)) {
  console.error(
    `[e2e] ${CHROMIUM} not found: install Debian's Chromium (apt-get install chromium) or set CHROMIUM_PATH.`
  )
  process.exit(1)
}

// A fresh store each run: the tests start from the demo seed.
const { default: pg } = await import("pg")
const adminUrl = new URL(databaseUrl)
const dbName = decodeURIComponent(adminUrl.pathname.slice(1))
adminUrl.pathname = "/postgres"
const client = new pg.Client({ connectionString: adminUrl.toString() })
await client.connect()
await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
await client.end()

log(`Starting the demo store on ${baseUrl}...`)
const output = []
/** The demo store (`demo/run.mjs`) in its own process group. */
const startServer = (extraEnv = {}) => {
  const child = spawn(process.execPath, [path.join(root, "demo", "run.mjs")], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      MEDUSA_BACKEND_URL: baseUrl,
      RMS_DEMO_MAIL_PORT: String(port + 25),
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      output.push(chunk.toString())
      if (output.length > 400) {
        output.shift()
      }
    })
  }
  return child
}
let server = startServer()
const stop = (signal = "SIGTERM") => {
  try {
    process.kill(-server.pid, signal)
  } catch {
    // already gone
  }
}
process.on("exit", () => stop())

const ready = async () => {
  try {
    const [health, app] = await Promise.all([
      fetch(`${baseUrl}/health`),
      fetch(`${baseUrl}/app`),
    ])
    return health.ok && app.ok
  } catch {
    return false
  }
}
const waitReady = async (started) => {
  while (!(await ready())) {
    if (server.exitCode !== null || Date.now() - started > 15 * 60_000) {
      console.error(output.join(""))
      console.error("[e2e] the demo store did not start")
      process.exit(1)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/**
 * For the specs that run last (`*.restart.e2e.mjs`): kills the store's
 * whole process group with SIGKILL, as a crash would, waits until it no
 * longer answers, then starts it again on the same database (already
 * built, migrated and seeded: straight to the server) and waits until it
 * is ready.
 */
const restartServer = async () => {
  const killed = server
  const exited = new Promise((resolve) => killed.once("exit", resolve))
  stop("SIGKILL")
  await exited
  while (await ready()) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const started = Date.now()
  server = startServer({ RMS_DEMO_SKIP_BUILD: "1", RMS_DEMO_SKIP_SETUP: "1" })
  await waitReady(started)
  log(`Store restarted in ${Math.round((Date.now() - started) / 1000)} s`)
}

const started = Date.now()
await waitReady(started)
log(`Store ready in ${Math.round((Date.now() - started) / 1000)} s`)

const only = process.argv.slice(2)
const specs = fs
  .readdirSync(path.join(root, "e2e"))
  .filter((f) => f.endsWith(".e2e.mjs"))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  // Specs that restart the store run last: the others expect the seed.
  .sort(
    (a, b) =>
      Number(a.endsWith(".restart.e2e.mjs")) -
        Number(b.endsWith(".restart.e2e.mjs")) || a.localeCompare(b)
  )

let failed = 0
for (const spec of specs) {
  const t0 = Date.now()
  try {
    const mod = await import(path.join(root, "e2e", spec))
    await mod.default({
      baseUrl,
      mailUrl: `http://127.0.0.1:${port + 25}`,
      log,
      restartServer,
    })
    log(`✓ ${spec} (${Math.round((Date.now() - t0) / 1000)} s)`)
  } catch (e) {
    failed++
    log(`✕ ${spec}: ${e?.stack ?? e}`)
  }
}
log(`${specs.length - failed} passed, ${failed} failed`)
fs.mkdirSync(path.join(root, ".test-results"), { recursive: true })
fs.writeFileSync(
  path.join(root, ".test-results", "e2e.json"),
  JSON.stringify({ passed: specs.length - failed, failed })
)
stop()
process.exit(failed ? 1 : 0)
