#!/usr/bin/env node
// `npm test`: unit, module and HTTP integration tests against a real
// PostgreSQL, then the browser tests (e2e/, Debian's Chromium against the
// demo store), then one plain "N passed, N failed" line. Extra arguments go
// to jest (e.g. `npm test -- loyalty`) and skip the browser tests.
// TEST_TYPE=unit|integration:modules|integration:http|e2e|cluster runs that
// kind (cluster: two server instances and a worker on Redis, cluster/run.mjs).
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { canConnect, startEmbeddedPostgres } from "./postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const kinds = process.env.TEST_TYPE
  ? [process.env.TEST_TYPE]
  : ["unit", "integration:modules", "integration:http", "e2e", "cluster"]

const env = {
  ...process.env,
  // localhost, not 127.0.0.1: test-utils turns SSL on for any other host.
  DB_HOST: process.env.DB_HOST ?? "localhost",
  DB_PORT: process.env.DB_PORT ?? "5432",
  DB_USERNAME: process.env.DB_USERNAME ?? "postgres",
  DB_PASSWORD: process.env.DB_PASSWORD ?? "",
  NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"]
    .filter(Boolean)
    .join(" "),
  LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  MEDUSA_DISABLE_TELEMETRY: "true",
}

// The admin UI in Debian's Chromium against the demo store (e2e/run.mjs),
// and the store as several instances on Redis (cluster/run.mjs): scripts,
// not jest, each writing its counts to .test-results/<name>.json.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const scriptSuites = {
  e2e: {
    script: "e2e/run.mjs",
    database: "rms_e2e",
    dbEnv: "RMS_E2E_DATABASE_URL",
  },
  cluster: {
    script: "cluster/run.mjs",
    database: "rms_cluster",
    dbEnv: "RMS_CLUSTER_DATABASE_URL",
  },
}
function runScriptSuite(kind, env) {
  // `npm test -- <jest pattern>` asks for some jest suites, not these.
  if (process.argv.length > 2 && process.env.TEST_TYPE !== kind) {
    console.log("Skipped: a jest pattern was given.")
    return
  }
  // Without Chromium (a machine with only Node) the browser tests are
  // reported as skipped.
  if (kind === "e2e" && !fs.existsSync(CHROMIUM)) {
    console.log(
      `Skipped: ${CHROMIUM} not found (apt-get install chromium to run the browser tests).`
    )
    totals.skipped += 1
    return
  }
  const { script, database, dbEnv } = scriptSuites[kind]
  const out = path.join(resultsDir, `${kind}.json`)
  fs.rmSync(out, { force: true })
  const run = spawnSync(
    process.execPath,
    [path.join(root, script), ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: "inherit",
      env: {
        ...env,
        [dbEnv]:
          process.env[dbEnv] ??
          `postgres://${env.DB_USERNAME}${env.DB_PASSWORD ? `:${env.DB_PASSWORD}` : ""}@${env.DB_HOST}:${env.DB_PORT}/${database}`,
      },
    }
  )
  if (run.status !== 0) {
    exitCode = 1
  }
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, "utf8"))
    totals.passed += r.passed
    totals.failed += r.failed
  } else {
    totals.failed += 1
  }
}

let embedded
const needsDb = kinds.some(
  (k) => k.startsWith("integration") || k === "e2e" || k === "cluster"
)
if (
  needsDb &&
  (process.env.RMS_EMBEDDED_PG === "1" ||
    !(await canConnect(env.DB_HOST, Number(env.DB_PORT))))
) {
  console.log(
    `No PostgreSQL answers on ${env.DB_HOST}:${env.DB_PORT}: starting an embedded one.`
  )
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(root, ".data", `test-pg-${process.pid}`),
    persistent: false,
    log: console.error,
  })
  Object.assign(env, {
    DB_HOST: "localhost",
    DB_PORT: String(embedded.port),
    DB_USERNAME: "postgres",
    DB_PASSWORD: "postgres",
  })
}

const resultsDir = path.join(root, ".test-results")
fs.mkdirSync(resultsDir, { recursive: true })
const totals = { passed: 0, failed: 0, skipped: 0 }
let exitCode = 0

try {
  for (const kind of kinds) {
    console.log(`\n=== ${kind} tests ===`)
    if (kind in scriptSuites) {
      runScriptSuite(kind, env)
      continue
    }
    const out = path.join(resultsDir, `${kind.replace(":", "-")}.json`)
    fs.rmSync(out, { force: true })
    const jest = spawnSync(
      process.execPath,
      [
        path.join(root, "node_modules", "jest", "bin", "jest.js"),
        "--silent",
        "--passWithNoTests",
        // HTTP suites spend much of their time waiting on PostgreSQL and on
        // the app's boot I/O: two at a time keep both cores busy (each suite
        // has its own database and ports). RMS_JEST_WORKERS overrides.
        ...(kind === "integration:http"
          ? [`--maxWorkers=${process.env.RMS_JEST_WORKERS ?? 2}`]
          : []),
        "--json",
        `--outputFile=${out}`,
        ...process.argv.slice(2),
      ],
      { cwd: root, stdio: "inherit", env: { ...env, TEST_TYPE: kind } }
    )
    if (jest.status !== 0) {
      exitCode = 1
    }
    if (fs.existsSync(out)) {
      const r = JSON.parse(fs.readFileSync(out, "utf8"))
      totals.passed += r.numPassedTests
      totals.failed += r.numFailedTests + r.numRuntimeErrorTestSuites
      totals.skipped += r.numPendingTests + r.numTodoTests
    } else {
      totals.failed += 1
    }
  }
} finally {
  await embedded?.stop()
}

console.log(
  `\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`
)
process.exit(exitCode || (totals.failed ? 1 : 0))
