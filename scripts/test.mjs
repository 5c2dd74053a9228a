#!/usr/bin/env node
// `npm test`: unit, module and HTTP integration tests against a real
// PostgreSQL, then one plain "N passed, N failed" line. Extra arguments go to
// jest (e.g. `npm test -- loyalty`). TEST_TYPE=unit|integration:modules|
// integration:http runs just that kind.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { canConnect, startEmbeddedPostgres } from "./postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const kinds = process.env.TEST_TYPE
  ? [process.env.TEST_TYPE]
  : ["unit", "integration:modules", "integration:http"]

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

let embedded
const needsDb = kinds.some((k) => k.startsWith("integration"))
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
    const out = path.join(resultsDir, `${kind.replace(":", "-")}.json`)
    fs.rmSync(out, { force: true })
    const jest = spawnSync(
      process.execPath,
      [
        path.join(root, "node_modules", "jest", "bin", "jest.js"),
        "--silent",
        "--passWithNoTests",
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
