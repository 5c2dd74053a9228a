#!/usr/bin/env node
// Throughput of the pure return-policy engine (evaluateReturn).
//
//   node bench/return-engine/run.mjs            # ~3 s of measurement
//   BENCH_SECONDS=10 node bench/return-engine/run.mjs
//
// The engine's TypeScript is compiled on the fly with @swc/core (already a
// dev dependency, as for jest) into a temporary folder, so neither a build of
// the whole plugin nor a new dependency is needed. Prints markdown tables.
import { transformFileSync } from "@swc/core"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const engineDir = path.join(root, "src/modules/return-policy/engine")
const seconds = Number(process.env.BENCH_SECONDS ?? 3)

// The engine and whatever it imports relatively (src/utils/money, …), each
// file compiled once into the same layout under a temporary folder.
const loadEngine = () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "return-engine-"))
  const compiled = new Set()
  const compile = (source) => {
    if (compiled.has(source)) {
      return
    }
    compiled.add(source)
    const { code } = transformFileSync(source, {
      jsc: { parser: { syntax: "typescript" }, target: "es2021" },
      module: { type: "commonjs" },
      sourceMaps: false,
    })
    const target = path
      .join(outDir, path.relative(root, source))
      .replace(/\.ts$/, ".js")
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, code)
    for (const [, spec] of code.matchAll(/require\("(\.[^"]+)"\)/g)) {
      const base = path.resolve(path.dirname(source), spec)
      const file = [`${base}.ts`, path.join(base, "index.ts")].find((f) =>
        fs.existsSync(f)
      )
      if (file) {
        compile(file)
      }
    }
  }
  compile(path.join(engineDir, "index.ts"))
  try {
    return createRequire(path.join(outDir, "index.js"))(
      `./${path.relative(root, engineDir)}/index.js`
    )
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true })
  }
}

const { evaluateReturn } = loadEngine()

// A small deterministic PRNG, so every run evaluates the same inputs.
let seed = 42
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0
  return seed / 2 ** 32
}
const pick = (values) => values[Math.floor(random() * values.length)]

const DAY = 86_400_000
const NOW = new Date("2026-09-20T12:00:00.000Z")
const TITLES = ["Merino sweater", "Wool socks", "Silk scarf", "Rain boots"]
const TAGS = [["knitwear"], ["accessories", "gift"], ["final-sale"], []]
const CATEGORIES = [["pcat_tops"], ["pcat_shoes"], ["pcat_clearance"], []]

const reasonCodes = [
  ["changed_mind", false, false, null, true],
  ["wrong_size", false, false, 5, true],
  ["arrived_damaged", true, true, 0, true],
  ["not_as_described", true, false, null, true],
  ["legacy", false, false, null, false],
].map(([code, review, evidence, fee, active]) => ({
  code,
  label: code.replace("_", " "),
  requires_review: review,
  requires_evidence: evidence,
  restocking_fee_percent_override: fee,
  active,
}))

const policies = [
  {
    id: "rpol_standard",
    version: 1,
    tier_id: null,
    return_window_days: 30,
    auto_approve_max_amount: 150,
    free_return_shipping: false,
    restocking_fee_percent: 10,
    store_credit_bonus_percent: 0,
    max_returns_per_period: 5,
    period_days: 90,
    return_rate_ceiling: 0.4,
    excluded_product_tags: ["final-sale", "Clearance"],
    excluded_category_ids: ["pcat_clearance"],
  },
  {
    id: "rpol_vip",
    version: 4,
    tier_id: "tier_gold",
    return_window_days: 60,
    auto_approve_max_amount: 500,
    free_return_shipping: true,
    restocking_fee_percent: 0,
    store_credit_bonus_percent: 10,
    max_returns_per_period: null,
    period_days: 90,
    return_rate_ceiling: null,
    excluded_product_tags: ["final-sale"],
    excluded_category_ids: [],
  },
]

const makeLine = (i) => {
  const quantity = 1 + Math.floor(random() * 3)
  const unit = Math.round(random() * 6000) / 100
  const discount = random() < 0.3 ? Math.round(unit * quantity * 15) / 100 : 0
  const subtotal = unit * quantity
  const tax = Math.round((subtotal - discount) * 20) / 100
  const kind = random() < 0.97 ? pick([0, 1, 3]) : 2
  return {
    id: `li_${i}`,
    title: TITLES[i % TITLES.length],
    product_tags: TAGS[kind],
    category_ids: CATEGORIES[random() < 0.98 ? pick([0, 1, 3]) : 2],
    quantity,
    returnable_quantity: random() < 0.95 ? quantity : quantity - 1,
    unit_price: unit,
    subtotal,
    discount_total: discount,
    tax_total: tax,
    total: Math.round((subtotal - discount + tax) * 100) / 100,
    is_tax_inclusive: random() < 0.5,
  }
}

/** A mix of orders: mostly 3 lines, some 1-6; most returns pass. */
const makeInput = (lineCount) => {
  const lines = Array.from({ length: lineCount }, (_, i) => makeLine(i))
  const delivered = random() < 0.9
  const age = Math.floor(random() * 36)
  const requested = lines.filter((_, i) => i === 0 || random() < 0.5)
  const policy = pick(policies)
  return {
    policy,
    tier: policy.tier_id ? { id: "tier_gold", name: "Gold", rank: 2 } : null,
    order: {
      id: "order_1",
      currency_code: "eur",
      created_at: new Date(NOW.getTime() - (age + 3) * DAY),
      delivered_at: delivered ? new Date(NOW.getTime() - age * DAY) : null,
      canceled: random() < 0.01,
      lines,
    },
    items: requested.map((line) => ({
      line_item_id: random() < 0.01 ? "li_unknown" : line.id,
      quantity: Math.max(
        1,
        Math.min(line.returnable_quantity, 1 + Math.floor(random() * 2))
      ),
      reason_code:
        random() < 0.9
          ? pick(reasonCodes.slice(0, 2)).code
          : pick(reasonCodes).code,
      condition:
        random() < 0.92
          ? pick(["new", "opened"])
          : pick(["damaged", "defective"]),
      has_evidence: random() < 0.8,
    })),
    reason_codes: reasonCodes,
    history: {
      returns_in_period: Math.floor(random() * 6),
      items_ordered: 10 + Math.floor(random() * 40),
      items_returned: Math.floor(random() * 4),
    },
    return_shipping: { amount: pick([0, 4.95, 7.5]) },
    refund_method: random() < 0.3 ? "store_credit" : "original_payment",
    now: NOW,
  }
}

const mixed = Array.from({ length: 2000 }, () =>
  makeInput(random() < 0.6 ? 3 : 1 + Math.floor(random() * 6))
)
const typical = Array.from({ length: 256 }, () => makeInput(3)).map(
  (input) => ({
    ...input,
    order: { ...input.order, canceled: false },
  })
)

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]

/**
 * Evaluates the inputs round-robin for `budget` seconds, timing each call
 * with performance.now() (its own cost, well under 0.1 µs, is included;
 * the durations go to a preallocated typed array so that recording them
 * allocates nothing). The rate is evaluations over wall time, garbage
 * collection included.
 */
const run = (inputs, budget) => {
  const outcomes = { auto_approve: 0, review: 0, reject: 0 }
  let durations = new Float64Array(1 << 20)
  const started = performance.now()
  const deadline = started + budget * 1000
  let now = started
  let n = 0
  while (now < deadline) {
    const result = evaluateReturn(inputs[n % inputs.length])
    const after = performance.now()
    if (n === durations.length) {
      const bigger = new Float64Array(n * 2)
      bigger.set(durations)
      durations = bigger
    }
    durations[n++] = after - now
    outcomes[result.outcome]++
    now = after
  }
  const elapsed = (now - started) / 1000
  const sorted = durations.subarray(0, n).sort()
  return {
    evaluations: n,
    seconds: elapsed,
    perSecond: n / elapsed,
    p50: percentile(sorted, 50) * 1000,
    p99: percentile(sorted, 99) * 1000,
    outcomes,
  }
}

// Warm up so the JIT has compiled the engine before anything is measured.
run(mixed, 0.5)

const scenarios = [
  [`mixed (${mixed.length} inputs, 1-6 lines)`, run(mixed, seconds * 0.65)],
  [
    `typical 3-line order (${typical.length} inputs)`,
    run(typical, seconds * 0.35),
  ],
]

const fmt = (n, digits = 0) =>
  n.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })

console.log(
  `\nevaluateReturn on ${os.cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}\n`
)
console.log(
  "| input set | evaluations | seconds | evaluations/s | p50 µs | p99 µs |"
)
console.log("|---|---:|---:|---:|---:|---:|")
for (const [name, r] of scenarios) {
  console.log(
    `| ${name} | ${fmt(r.evaluations)} | ${fmt(r.seconds, 2)} | ${fmt(r.perSecond)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} |`
  )
}
console.log("\n| input set | auto_approve | review | reject |")
console.log("|---|---:|---:|---:|")
for (const [name, { outcomes, evaluations }] of scenarios) {
  const share = (n) => `${fmt((100 * n) / evaluations, 1)}%`
  console.log(
    `| ${name} | ${share(outcomes.auto_approve)} | ${share(outcomes.review)} | ${share(outcomes.reject)} |`
  )
}
