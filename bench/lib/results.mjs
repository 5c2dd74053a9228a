// Every benchmark records its figures here as it prints its own table, so
// `node bench/summary.mjs` prints them all in one table, each figure beside
// its target and the baseline measured in the same run.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const resultsDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  ".results"
)

/**
 * Replaces `bench`'s recorded rows. A row: `{ measure, baseline, value,
 * target, met }`, the first four as the table shows them (strings), `met`
 * true/false, or null for a figure without a target.
 */
export const recordResults = (bench, rows) => {
  fs.mkdirSync(resultsDir, { recursive: true })
  fs.writeFileSync(
    path.join(resultsDir, `${bench}.json`),
    JSON.stringify(
      {
        bench,
        measured_at: new Date().toISOString(),
        cores: os.cpus().length,
        load_average: os.loadavg().map((l) => Number(l.toFixed(2))),
        rows,
      },
      null,
      2
    )
  )
}

export const readResults = () =>
  fs.existsSync(resultsDir)
    ? fs
        .readdirSync(resultsDir)
        .filter((f) => f.endsWith(".json"))
        .map((f) =>
          JSON.parse(fs.readFileSync(path.join(resultsDir, f), "utf8"))
        )
    : []
