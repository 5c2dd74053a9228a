#!/usr/bin/env node
// `npm run demo`: builds the plugin, starts a Medusa store in demo/ with the
// plugin in `plugins`, migrates and seeds it once, creates the admin user and
// serves the admin at http://localhost:9000/app.
//
// Database: DATABASE_URL when set; else the PostgreSQL on 127.0.0.1:5432
// (database `medusa_rms_demo`); else an embedded PostgreSQL kept in .data/.
//
// `npm run demo -- --cluster`: the same store as a cluster, on Redis
// (REDIS_URL, default redis://127.0.0.1:6379/13): the store is built once
// (`medusa build`), then two server instances (ports PORT and PORT+1, admin
// on both) and one worker (PORT+2) run `medusa start` (cluster/topology.mjs).
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { canConnect, startEmbeddedPostgres } from "../scripts/postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const demo = path.join(root, "demo")
const medusa = path.join(root, "node_modules", ".bin", "medusa")
const ADMIN = { email: "admin@medusa-test.com", password: "supersecret" }
const GUEST_EMAIL = "guest@demo.test"
const log = (msg) => console.log(`\x1b[36m[demo]\x1b[0m ${msg}`)

const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", ...opts })
  if (r.status !== 0 && !opts.allowFail) {
    console.error(`[demo] ${[cmd, ...args].join(" ")} failed`)
    process.exit(r.status ?? 1)
  }
  return r.status
}

let embedded
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  if (await canConnect("127.0.0.1", 5432)) {
    databaseUrl = "postgres://postgres@localhost:5432/medusa_rms_demo"
    log("Using the PostgreSQL on 127.0.0.1:5432 (database medusa_rms_demo).")
  } else {
    log(
      "No PostgreSQL on 127.0.0.1:5432: starting an embedded one (.data/demo-pg)."
    )
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(root, ".data", "demo-pg"),
      persistent: true,
      log: console.error,
    })
    databaseUrl = `postgres://postgres:postgres@localhost:${embedded.port}/medusa_rms_demo`
  }
}

const CLUSTER = process.argv.includes("--cluster")
const env = {
  ...process.env,
  ...(CLUSTER
    ? { REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379/13" }
    : {}),
  DATABASE_URL: databaseUrl,
  MEDUSA_DISABLE_TELEMETRY: "true",
  NODE_ENV: process.env.NODE_ENV ?? "development",
}

// Without a Resend API key, emails go to a local mail catcher instead of
// Resend (demo/medusa-config.ts points the provider at RMS_DEMO_MAIL_URL).
// It runs as its own process: the blocking migrate and seed steps below
// would otherwise stall it while the seed sends emails.
let mailCatcher
if (!process.env.RESEND_API_KEY) {
  const mailPort = Number(process.env.RMS_DEMO_MAIL_PORT ?? 9025)
  mailCatcher = spawn(process.execPath, [path.join(demo, "mail-catcher.mjs")], {
    env: { ...process.env, RMS_DEMO_MAIL_PORT: String(mailPort) },
    stdio: "inherit",
  })
  for (let i = 0; i < 50 && !(await canConnect("127.0.0.1", mailPort)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  env.RMS_DEMO_MAIL_URL = `http://127.0.0.1:${mailPort}`
  log(
    `No RESEND_API_KEY: emails are caught at ${env.RMS_DEMO_MAIL_URL} (not delivered; open it to read them).`
  )
}

if (process.env.RMS_DEMO_SKIP_BUILD !== "1") {
  log("Building the plugin...")
  run("npm", ["run", "build", "--silent"], { cwd: root })
}

// The store installs the plugin as a package; a link to the repository stands
// in for `npm install medusa-plugin-rms` and resolves to the built output.
const link = path.join(demo, "node_modules", "medusa-plugin-rms")
fs.mkdirSync(path.dirname(link), { recursive: true })
if (!fs.existsSync(link)) {
  fs.symlinkSync(path.relative(path.dirname(link), root), link, "dir")
}

async function createDatabase(url) {
  const { default: pg } = await import("pg")
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [name]
    )
    if (!rowCount) {
      // Identifiers cannot be bound as parameters; quote it instead.
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

// The seed's guest checkout (demo/seed.ts, DEMO_GUEST), read back so the
// hint is right on every start, seeded now or before.
async function guestOrderNumber(url) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT display_id FROM "order" WHERE email = $1 AND deleted_at IS NULL
       ORDER BY created_at LIMIT 1`,
      [GUEST_EMAIL]
    )
    return rows[0]?.display_id ?? null
  } finally {
    await client.end()
  }
}

const stop = async (code) => {
  mailCatcher?.kill("SIGTERM")
  await embedded?.stop().catch(() => {})
  process.exit(code)
}

// RMS_DEMO_SKIP_SETUP=1: a restart of a store already migrated and seeded
// (the e2e restart test), straight to the server.
if (process.env.RMS_DEMO_SKIP_SETUP !== "1") {
  log("Creating the database if needed and running migrations...")
  await createDatabase(databaseUrl)
  // The seed runs as the plain demo's (in-memory modules, one process)
  // also for --cluster: with the Redis workflow engine it stalled at the
  // loyalty import. The cluster then starts on the seeded database.
  const { REDIS_URL: _redis, ...setupEnv } = env
  run(medusa, ["db:migrate"], { cwd: demo, env: setupEnv })

  log("Seeding demo data...")
  run(medusa, ["exec", "./seed.ts"], { cwd: demo, env: setupEnv })
  run(medusa, ["user", "-e", ADMIN.email, "-p", ADMIN.password], {
    cwd: demo,
    env: setupEnv,
    allowFail: true, // already there on a second start
    stdio: "ignore",
  })
}

if (CLUSTER) {
  await startClusterDemo()
} else {
  startDevServer()
}

/** The cluster: build once, 2 servers + 1 worker from the build. */
async function startClusterDemo() {
  const {
    demo: demoDir,
    runCommand,
    startCluster,
  } = await import("../cluster/topology.mjs")
  const port = Number(process.env.PORT || 9000)
  log(`Cluster mode on ${env.REDIS_URL}: building the store (medusa build)...`)
  await runCommand(medusa, ["build"], {
    cwd: demoDir,
    env,
    label: "medusa build",
  })
  log("Starting 2 servers and 1 worker...")
  const cluster = await startCluster({
    servers: 2,
    port,
    // NODE_ENV stays development: production cookies are https-only.
    env,
    echo: (line) => console.log(line),
  })
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => cluster.stop().then(() => stop(0)))
  }
  for (const instance of cluster.instances) {
    instance.exited.then(() =>
      log(`${instance.name} (${instance.url}) stopped`)
    )
  }
  printHints()
  log(
    `Cluster: servers ${cluster.servers.map((s) => `${s.url}/app`).join(" and ")}, worker ${cluster.worker.url} (events, scheduled jobs). Ctrl-C stops all three.`
  )
}

function startDevServer() {
  printHints()
  const server = spawn(medusa, ["develop"], {
    cwd: demo,
    env,
    stdio: "inherit",
  })
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => server.kill(sig))
  }
  server.on("exit", (code) => stop(code ?? 0))
}

async function printHints() {
  log(
    `Starting Medusa (admin at http://localhost:${process.env.PORT || 9000}/app)`
  )
  log(`Admin login: ${ADMIN.email} / ${ADMIN.password}`)
  log(
    "Storefront customers (password supersecret): vera.vip@example.com, sam.silver@example.com, nina.new@example.com"
  )
  log(
    `Return portal: ${process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`}/returns (the customers above, or the guest below)`
  )
  const guestOrder = await guestOrderNumber(databaseUrl).catch(() => null)
  if (guestOrder) {
    log(`Guest portal login: order #${guestOrder}, ${GUEST_EMAIL}`)
  }
}
