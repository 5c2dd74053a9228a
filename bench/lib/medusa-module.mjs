// Boots one of the plugin's modules on its own, the way
// `@medusajs/test-utils`' moduleIntegrationTestRunner does (MedusaApp with a
// shared knex connection injected), but creates its tables with the module's
// own migrations instead of a schema generated from the models.
//
// By default the module comes from the build (`npm run build` →
// .medusa/server/src/modules/<name>). `fromSource: true` (or no build) loads
// the TypeScript in src/ instead, compiled on the fly with @swc/core.
import fs from "node:fs"
import Module, { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

// Before anything from @medusajs is loaded: no telemetry banner, quiet logs.
process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"
process.env.LOG_LEVEL ??= "error"

export const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  ".."
)

/** `require` resolving from the repository root (its node_modules). */
export const rootRequire = createRequire(path.join(root, "package.json"))

let tsRegistered = false

/** Lets `require` load .ts files, compiled like the jest config does. */
export const registerTypeScript = () => {
  if (tsRegistered) {
    return
  }
  tsRegistered = true
  const swc = rootRequire("@swc/core")
  Module._extensions[".ts"] = (mod, filename) => {
    const { code } = swc.transformSync(fs.readFileSync(filename, "utf8"), {
      filename,
      sourceMaps: "inline",
      module: { type: "commonjs" },
      jsc: {
        target: "es2021",
        parser: { syntax: "typescript", decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
      },
    })
    mod._compile(code, filename)
  }
}

/**
 * Where a module of this plugin is loaded from: `override` when given (a
 * folder with index.js or index.ts, e.g. a patched copy to compare), else the
 * build when there is one and `fromSource` is not asked, else src/ through the
 * swc hook. `stale`: the build is older than the source it was built from.
 */
export const resolveModulePath = (
  name,
  { fromSource = false, override } = {}
) => {
  if (override) {
    const dir = path.resolve(override)
    if (!fs.existsSync(path.join(dir, "index.js"))) {
      registerTypeScript()
    }
    return { path: dir, kind: "given path", stale: false }
  }
  const built = path.join(root, ".medusa", "server", "src", "modules", name)
  const source = path.join(root, "src", "modules", name)
  if (!fromSource && fs.existsSync(path.join(built, "index.js"))) {
    const newest = (dir) =>
      fs
        .readdirSync(dir, { recursive: true })
        .map((f) => fs.statSync(path.join(dir, f)).mtimeMs)
        .reduce((a, b) => Math.max(a, b), 0)
    return {
      path: built,
      kind: "build",
      stale: newest(source) > newest(built),
    }
  }
  registerTypeScript()
  return { path: source, kind: "source", stale: false }
}

/** A postgres:// URL from DB_* variables (test-utils' names). */
export const databaseUrl = (database) => {
  const host = process.env.DB_HOST ?? "127.0.0.1"
  const port = process.env.DB_PORT ?? "5432"
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = process.env.DB_PASSWORD
    ? `:${encodeURIComponent(process.env.DB_PASSWORD)}`
    : ""
  // Medusa turns SSL on for hosts other than localhost unless told not to.
  const ssl = process.env.DB_SSL === "1" ? "" : "?ssl_mode=disable"
  return `postgres://${user}${password}@${host}:${port}/${database}${ssl}`
}

/** A knex connection as Medusa makes them. */
export const connect = (clientUrl, pool) => {
  const { createPgConnection } = rootRequire("@medusajs/framework/utils")
  return createPgConnection({ clientUrl, pool })
}

const withAdmin = async (fn) => {
  const admin = connect(databaseUrl("postgres"), { min: 0, max: 1 })
  try {
    return await fn(admin)
  } finally {
    await admin.destroy()
  }
}

/** Drops `database` if it exists (closing its connections). */
export const dropDatabase = (database) =>
  withAdmin((admin) =>
    admin.raw(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  )

/** Drops and creates `database`. */
export const recreateDatabase = (database) =>
  withAdmin(async (admin) => {
    await admin.raw(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    await admin.raw(`CREATE DATABASE "${database}"`)
  })

/**
 * Loads module `key` from `resolve` against `clientUrl`, runs its migrations
 * and starts it. Returns its service (the real one, as the container resolves
 * it), the shared knex connection the service queries through, and shutdown.
 */
export const loadModule = async ({ key, resolve, clientUrl, options = {} }) => {
  const loaded = await loadModules({
    modules: { [key]: { resolve, options } },
    clientUrl,
  })
  return { ...loaded, service: loaded.services[key] }
}

/**
 * Several modules in one app on one database (`modules`: key → { resolve,
 * options }), each with its own migrations run: `services` by key.
 */
export const loadModules = async ({ modules, clientUrl }) => {
  const { MedusaApp, MedusaModule } = rootRequire(
    "@medusajs/framework/modules-sdk"
  )
  const { ContainerRegistrationKeys, isSharedConnectionSymbol } = rootRequire(
    "@medusajs/framework/utils"
  )
  const { logger } = rootRequire("@medusajs/framework/logger")

  const pg = connect(clientUrl)
  const database = { clientUrl }
  const modulesConfig = Object.fromEntries(
    Object.entries(modules).map(([key, { resolve, options = {} }]) => [
      key,
      {
        resolve,
        options: { database, ...options, [isSharedConnectionSymbol]: true },
      },
    ])
  )
  const app = await MedusaApp({
    modulesConfig,
    sharedResourcesConfig: { database },
    injectedDependencies: {
      [ContainerRegistrationKeys.PG_CONNECTION]: pg,
      [ContainerRegistrationKeys.LOGGER]: logger,
      [ContainerRegistrationKeys.CONFIG_MODULE]: { modules: modulesConfig },
    },
    cwd: root,
  })
  // The migration script logs to `console` (not the injected logger): keep
  // stdout for results.
  const { info, log } = console
  console.info = console.log = (...args) => console.error(...args)
  try {
    await app.runMigrations()
  } finally {
    Object.assign(console, { info, log })
  }
  await app.onApplicationStart()

  const shutdown = async () => {
    await app.onApplicationPrepareShutdown()
    await app.onApplicationShutdown()
    await pg.destroy()
    MedusaModule.clearInstances()
  }
  return { app, services: app.modules, pg, shutdown }
}
