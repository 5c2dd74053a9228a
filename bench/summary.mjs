#!/usr/bin/env node
// One table of every benchmark figure recorded by the last runs (see
// bench/lib/results.mjs), in the order `npm run bench` runs them.
import { readResults } from "./lib/results.mjs"

const ORDER = ["boot", "return-request", "cluster", "reports"]
const results = readResults().sort(
  (a, b) =>
    (ORDER.indexOf(a.bench) + 1 || 99) - (ORDER.indexOf(b.bench) + 1 || 99)
)
if (!results.length) {
  console.log("No benchmark has recorded results yet (bench/.results/).")
  process.exit(0)
}
const status = (met) =>
  met === null || met === undefined ? "" : met ? "met" : "MISSED"
console.log(
  "\n| benchmark | measure | baseline (same run) | measured | target | |"
)
console.log("|---|---|---|---|---|---|")
for (const r of results) {
  for (const row of r.rows) {
    console.log(
      `| ${r.bench} | ${row.measure} | ${row.baseline ?? ""} | ${row.value} | ${row.target ?? ""} | ${status(row.met)} |`
    )
  }
}
console.log(
  `\n${results
    .map(
      (r) =>
        `${r.bench}: ${r.measured_at.slice(0, 16).replace("T", " ")} UTC, load average ${r.load_average[0]}`
    )
    .join("; ")}`
)
