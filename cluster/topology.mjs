// The cluster topology of a Medusa store with this plugin: N server
// instances (MEDUSA_WORKER_MODE=server) and one worker (=worker) started
// with `medusa start` from demo/.medusa/server, on one PostgreSQL database
// and one Redis (demo/medusa-config.ts switches to the Redis modules when
// REDIS_URL is set). Used by the cluster tests (cluster/run.mjs), the
// cluster demo (`npm run demo -- --cluster`) and bench/cluster.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  ".."
)
export const demo = path.join(root, "demo")
export const built = path.join(demo, ".medusa", "server")
export const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

const commands = new Set()

/**
 * Stops every command `runCommand` started that is still running (a build
 * or migration left behind when its sibling failed).
 */
export const stopCommands = () => {
  for (const child of commands) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
  commands.clear()
}

/** Runs a command to its end; rejects with its output's tail on failure. */
export const runCommand = (cmd, args, { cwd, env, label = cmd } = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    commands.add(child)
    let out = ""
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        out = (out + chunk.toString()).slice(-20_000)
      })
    }
    child.on("exit", (code) => {
      commands.delete(child)
      return code === 0
        ? resolve(out)
        : reject(
            new Error(`${label} exited with ${code}:\n${out.slice(-4000)}`)
          )
    })
  })

/** The plugin's build (.medusa/server), made once if it is missing. */
export const ensurePluginBuilt = async (log) => {
  if (!fs.existsSync(path.join(root, ".medusa", "server", "src"))) {
    log("The plugin is not built: npm run build")
    await runCommand("npm", ["run", "build", "--silent"], {
      cwd: root,
      env: process.env,
      label: "npm run build",
    })
  }
  // The store installs the plugin as a package: a link stands in for it.
  const link = path.join(demo, "node_modules", "medusa-plugin-rms")
  fs.mkdirSync(path.dirname(link), { recursive: true })
  if (!fs.existsSync(link)) {
    fs.symlinkSync(path.relative(path.dirname(link), root), link, "dir")
  }
}

/** A fresh, empty database at `url` (dropped first when it exists). */
export const recreateDatabase = async (url) => {
  const { default: pg } = await import("pg")
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  target.pathname = "/postgres"
  const client = new pg.Client({ connectionString: target.toString() })
  await client.connect()
  try {
    // Identifiers cannot be bound as parameters; quote it instead.
    const quoted = `"${name.replace(/"/g, '""')}"`
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${quoted}`)
  } finally {
    await client.end()
  }
}

/** Empties the Redis database of `url` (its own number: nobody else's keys). */
export const flushRedis = async (url) => {
  const { default: Redis } = await import("ioredis")
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })
  await redis.connect()
  try {
    await redis.flushdb()
  } finally {
    redis.disconnect()
  }
}

/**
 * A store ready to start as a cluster: the plugin built, a fresh database
 * and Redis, then the store built (`medusa build`) while the database is
 * migrated and seeded lean (demo/seed-cluster.ts) as a server would, so the
 * seed's events wait in Redis for the worker. `skipBuild` reuses the last
 * build; `seedEnv` is passed to the seed only (it writes what it made to
 * `seedOut`). Returns the seed's output.
 */
export const prepareClusterStore = async ({
  env,
  databaseUrl,
  redisUrl,
  seedOut,
  seedEnv = {},
  skipBuild = false,
  log,
}) => {
  await ensurePluginBuilt(log)
  await recreateDatabase(databaseUrl)
  await flushRedis(redisUrl)
  log("Building the store and migrating + seeding the database, in parallel")
  await Promise.all([
    skipBuild && fs.existsSync(path.join(built, "medusa-config.js"))
      ? Promise.resolve()
      : runCommand(medusaBin, ["build"], {
          cwd: demo,
          env,
          label: "medusa build",
        }).then(() => log("Store built")),
    (async () => {
      await runCommand(medusaBin, ["db:migrate", "--skip-scripts"], {
        cwd: demo,
        env,
        label: "medusa db:migrate",
      })
      log("Database migrated")
      await runCommand(medusaBin, ["exec", "./seed-cluster.ts"], {
        cwd: demo,
        env: {
          ...env,
          ...seedEnv,
          MEDUSA_WORKER_MODE: "server",
          RMS_CLUSTER_SEED_OUT: seedOut,
        },
        label: "medusa exec ./seed-cluster.ts",
      })
      log("Database seeded")
    })(),
  ])
  if (!fs.existsSync(path.join(built, "medusa-config.js"))) {
    throw new Error("medusa build left no .medusa/server/medusa-config.js")
  }
  return JSON.parse(fs.readFileSync(seedOut, "utf8"))
}

/**
 * One `medusa start` from the built store, in its own process group, its
 * output kept in `lines` (and in `logFile` when given).
 */
export const startInstance = ({ name, mode, port, env, logFile, echo }) => {
  const instance = {
    name,
    mode,
    port,
    url: `http://127.0.0.1:${port}`,
    lines: [],
    child: null,
    exited: null,
  }
  const log = logFile ? fs.createWriteStream(logFile, { flags: "a" }) : null
  instance.start = () => {
    const child = spawn(medusaBin, ["start"], {
      cwd: built,
      env: {
        ...env,
        MEDUSA_WORKER_MODE: mode,
        PORT: String(port),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    for (const stream of [child.stdout, child.stderr]) {
      let rest = ""
      stream.on("data", (chunk) => {
        const text = rest + chunk.toString()
        const parts = text.split("\n")
        rest = parts.pop()
        for (const line of parts) {
          instance.lines.push(line)
          log?.write(`${line}\n`)
          echo?.(`[${name}] ${line}`)
        }
      })
    }
    instance.child = child
    instance.exited = new Promise((resolve) => child.once("exit", resolve))
    return instance
  }
  /** Signals the whole process group (the CLI and the server it forks). */
  instance.kill = async (signal = "SIGTERM") => {
    const child = instance.child
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return
    }
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
    await Promise.race([
      instance.exited,
      new Promise((resolve) => setTimeout(resolve, 10_000)),
    ])
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {
        // already gone
      }
    }
  }
  /** Waits until GET /health answers 200; rejects if the process exits. */
  instance.ready = async (timeoutMs = 180_000) => {
    const started = Date.now()
    for (;;) {
      try {
        const res = await fetch(`${instance.url}/health`)
        if (res.ok) {
          return Date.now() - started
        }
      } catch {
        // not listening yet
      }
      const child = instance.child
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `${name} exited before it was ready:\n${instance.lines.slice(-40).join("\n")}`
        )
      }
      if (Date.now() - started > timeoutMs) {
        throw new Error(`${name} not ready after ${timeoutMs} ms`)
      }
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
  return instance
}

/**
 * Starts `servers` server instances on ports port, port+1, ... and one
 * worker on port+servers, waits until all answer /health.
 */
export const startCluster = async ({
  servers = 2,
  port,
  env,
  logDir,
  echo,
}) => {
  const instances = []
  for (let i = 0; i < servers; i++) {
    instances.push(
      startInstance({
        name: `server-${String.fromCharCode(97 + i)}`,
        mode: "server",
        port: port + i,
        env,
        logFile: logDir && path.join(logDir, `server-${i}.log`),
        echo,
      })
    )
  }
  instances.push(
    startInstance({
      name: "worker",
      mode: "worker",
      port: port + servers,
      env,
      logFile: logDir && path.join(logDir, "worker.log"),
      echo,
    })
  )
  for (const instance of instances) {
    instance.start()
  }
  const stopAll = () => Promise.all(instances.map((i) => i.kill("SIGTERM")))
  try {
    await Promise.all(instances.map((i) => i.ready()))
  } catch (e) {
    await stopAll()
    throw e
  }
  return {
    servers: instances.slice(0, servers),
    worker: instances[servers],
    instances,
    stop: stopAll,
  }
}
