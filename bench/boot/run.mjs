#!/usr/bin/env node
// Production-mode cost of the plugin: boot time and memory of `medusa start`
// on a built app (`medusa build`), bare Medusa against the same app with the
// plugin in `plugins`, in one run, alternating starts so both see the same
// machine. Prints the medians and the plugin's share next to the targets.
// Target: the plugin adds ≤ 10 % boot time and ≤ 60 MB RSS.
//
//   npm run build && node bench/boot/run.mjs
//
// Both apps live in bench/boot/.apps/ (ignored by git), resolve their
// packages from the repository's node_modules, and run on their own
// migrated databases. The plugin app is demo/medusa-config.ts's store (the
// plugin and its Resend provider); the bare app is the same config without
// them. Emails are not sent (nothing happens during a boot).
//
// Environment:
//   DB_HOST (localhost), DB_PORT (5432), DB_USERNAME (postgres), DB_PASSWORD
//   BENCH_BOOT_RUNS   starts per app (5)
//   BENCH_BOOT_SETTLE ms after /health answers before RSS is read (5000)
//   BENCH_PORT        HTTP port (9090)
//   BENCH_SKIP_BUILD=1  reuse the apps built by a previous run
//   BENCH_STRICT=1    exit 1 when a target is missed
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { databaseUrl, recreateDatabase, root } from "../lib/medusa-module.mjs"
import { recordResults } from "../lib/results.mjs"

const env = process.env
const RUNS = Number(env.BENCH_BOOT_RUNS ?? 5)
const SETTLE_MS = Number(env.BENCH_BOOT_SETTLE ?? 5000)
const PORT = Number(env.BENCH_PORT ?? 9090)
const TARGET_BOOT = 0.1
const TARGET_RSS_MB = 60
const apps = path.join(root, "bench", "boot", ".apps")
const medusaBin = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
const log = (msg) => console.error(`[bench:boot] ${msg}`)

if (!fs.existsSync(path.join(root, ".medusa", "server", "package.json"))) {
  console.error("Build the plugin first: npm run build")
  process.exit(1)
}

const config = (
  withPlugin
) => `import { defineConfig } from "@medusajs/framework/utils"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions: { connection: { ssl: false } },
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: "bench-jwt-secret",
      cookieSecret: "bench-cookie-secret",
    },
  },
  plugins: ${
    withPlugin ? `[{ resolve: "medusa-plugin-rms", options: {} }]` : "[]"
  },
  modules: ${
    withPlugin
      ? `[
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "medusa-plugin-rms/providers/resend",
            id: "resend",
            options: {
              channels: ["email"],
              api_key: "re_bench",
              from: "Bench <returns@bench.test>",
              base_url: "http://127.0.0.1:9",
            },
          },
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local", channels: ["feed"] },
          },
        ],
      },
    },
  ]`
      : "[]"
  },
})
`

const variants = [
  { name: "bare", withPlugin: false, db: "rms_bench_boot_bare" },
  { name: "plugin", withPlugin: true, db: "rms_bench_boot_plugin" },
]

const run = (args, cwd, extraEnv = {}) => {
  const r = spawnSync(process.execPath, [medusaBin, ...args], {
    cwd,
    env: { ...env, MEDUSA_DISABLE_TELEMETRY: "true", ...extraEnv },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  })
  if (r.status !== 0) {
    throw new Error(`medusa ${args.join(" ")} in ${cwd} failed:\n${r.stderr}`)
  }
}

for (const v of variants) {
  v.dir = path.join(apps, v.name)
  v.url = databaseUrl(v.db)
  if (env.BENCH_SKIP_BUILD === "1") {
    continue
  }
  fs.rmSync(v.dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(v.dir, "node_modules"), { recursive: true })
  fs.writeFileSync(path.join(v.dir, "medusa-config.ts"), config(v.withPlugin))
  fs.writeFileSync(
    path.join(v.dir, "package.json"),
    // The CLI recognises a Medusa project by these dependencies; they
    // resolve from the repository's node_modules.
    JSON.stringify({
      name: `rms-bench-boot-${v.name}`,
      private: true,
      dependencies: {
        "@medusajs/cli": "2.21.2",
        "@medusajs/framework": "2.21.2",
        "@medusajs/medusa": "2.21.2",
        ...(v.withPlugin ? { "medusa-plugin-rms": "file:../../../.." } : {}),
      },
    })
  )
  fs.writeFileSync(
    path.join(v.dir, "tsconfig.json"),
    // Its own outDir: one inherited through `extends` would resolve against
    // the repository and overwrite the plugin's build.
    JSON.stringify({
      compilerOptions: {
        target: "ES2021",
        module: "Node16",
        moduleResolution: "Node16",
        esModuleInterop: true,
        skipLibCheck: true,
        outDir: "./.medusa/server",
        rootDir: ".",
      },
      include: ["./*.ts"],
      exclude: ["node_modules", ".medusa"],
    })
  )
  if (v.withPlugin) {
    fs.symlinkSync(
      path.relative(path.join(v.dir, "node_modules"), root),
      path.join(v.dir, "node_modules", "medusa-plugin-rms"),
      "dir"
    )
  }
  log(`${v.name}: database ${v.db}, migrations...`)
  await recreateDatabase(v.db)
  run(["db:migrate"], v.dir, { DATABASE_URL: v.url })
  log(`${v.name}: medusa build...`)
  run(["build"], v.dir)
}

/** RSS of a process and its descendants, in MB, from /proc. */
const treeRssMb = (pid) => {
  const children = new Map()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue
    }
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // exited meanwhile
    }
  }
  let kb = 0
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop()
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8")
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    } catch {
      // exited meanwhile
    }
    stack.push(...(children.get(p) ?? []))
  }
  return kb / 1024
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const bootOnce = async (v) => {
  const started = performance.now()
  const child = spawn(process.execPath, [medusaBin, "start"], {
    cwd: path.join(v.dir, ".medusa", "server"),
    env: {
      ...env,
      NODE_ENV: "production",
      DATABASE_URL: v.url,
      PORT: String(PORT),
      MEDUSA_DISABLE_TELEMETRY: "true",
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  })
  let stderr = ""
  child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)))
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`${v.name} exited while booting:\n${stderr}`)
      }
      if (performance.now() - started > 180_000) {
        throw new Error(`${v.name} not healthy after 180 s:\n${stderr}`)
      }
      const ok = await fetch(`http://localhost:${PORT}/health`)
        .then((r) => r.ok)
        .catch(() => false)
      if (ok) {
        break
      }
      await sleep(50)
    }
    const bootMs = performance.now() - started
    // The admin's first page and one store call, then what stays resident.
    await fetch(`http://localhost:${PORT}/app`).catch(() => {})
    await fetch(`http://localhost:${PORT}/store/regions`).catch(() => {})
    await sleep(SETTLE_MS)
    return { bootMs, rssMb: treeRssMb(child.pid) }
  } finally {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // gone
    }
    await new Promise((resolve) =>
      child.exitCode !== null ? resolve() : child.once("exit", resolve)
    )
    // The port is free again before the next start.
    await sleep(500)
  }
}

const samples = { bare: [], plugin: [] }
// One untimed start each: the first start after a build reads cold files.
for (const v of variants) {
  log(`${v.name}: warm-up start`)
  await bootOnce(v)
}
for (let i = 0; i < RUNS; i++) {
  // Alternate which one goes first, so neither always follows the other.
  const order = i % 2 ? [...variants].reverse() : variants
  for (const v of order) {
    const s = await bootOnce(v)
    samples[v.name].push(s)
    log(
      `${v.name} #${i + 1}: healthy after ${Math.round(s.bootMs)} ms, RSS ${Math.round(s.rssMb)} MB`
    )
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const bare = {
  boot: median(samples.bare.map((s) => s.bootMs)),
  rss: median(samples.bare.map((s) => s.rssMb)),
}
const plugin = {
  boot: median(samples.plugin.map((s) => s.bootMs)),
  rss: median(samples.plugin.map((s) => s.rssMb)),
}
const bootShare = plugin.boot / bare.boot - 1
const rssDelta = plugin.rss - bare.rss
const bootMet = bootShare <= TARGET_BOOT
const rssMet = rssDelta <= TARGET_RSS_MB

const pct = (x) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)} %`
console.log(
  `\nProduction mode (medusa build, medusa start), median of ${RUNS} starts each, settle ${SETTLE_MS} ms\n`
)
console.log(
  "| measure | bare Medusa | with the plugin | plugin adds | target |"
)
console.log("|---|---|---|---|---|")
console.log(
  `| boot to /health | ${Math.round(bare.boot)} ms | ${Math.round(plugin.boot)} ms | ${pct(bootShare)} | ≤ +10 %: ${bootMet ? "met" : "missed"} |`
)
console.log(
  `| RSS after boot | ${Math.round(bare.rss)} MB | ${Math.round(plugin.rss)} MB | ${rssDelta >= 0 ? "+" : ""}${Math.round(rssDelta)} MB | ≤ +60 MB: ${rssMet ? "met" : "missed"} |`
)
recordResults("boot", [
  {
    measure: `boot to /health, production (median of ${RUNS})`,
    baseline: `${Math.round(bare.boot)} ms bare`,
    value: `${Math.round(plugin.boot)} ms (${pct(bootShare)})`,
    target: "≤ +10 %",
    met: bootMet,
  },
  {
    measure: "RSS after boot, production",
    baseline: `${Math.round(bare.rss)} MB bare`,
    value: `${Math.round(plugin.rss)} MB (${rssDelta >= 0 ? "+" : ""}${Math.round(rssDelta)} MB)`,
    target: "≤ +60 MB",
    met: rssMet,
  },
])
if (env.BENCH_STRICT === "1" && !(bootMet && rssMet)) {
  process.exit(1)
}
