// Boots this repository as a Medusa app with an HTTP server, in this process,
// the way @medusajs/test-utils' medusaIntegrationTestRunner does for the HTTP
// tests: root medusa-config.ts pointed at a fresh database, module
// migrations, link sync, then the app's loaders behind an express server. The
// plugin runs from src/ (TypeScript compiled on require with @swc/core, as
// jest does), so no `npm run build` is needed and .medusa is not touched.
import fs from "node:fs"
import Module from "node:module"
import { databaseUrl, rootRequire } from "../lib/medusa-module.mjs"

let tsRegistered = false

/**
 * Lets `require` load .ts and .tsx (the Resend provider's email templates),
 * with the options of the jest transform (decorators, automatic JSX).
 */
export const registerTypeScript = () => {
  if (tsRegistered) {
    return
  }
  tsRegistered = true
  const swc = rootRequire("@swc/core")
  const compile = (tsx) => (mod, filename) => {
    const { code } = swc.transformSync(fs.readFileSync(filename, "utf8"), {
      filename,
      sourceMaps: "inline",
      module: { type: "commonjs" },
      jsc: {
        target: "es2021",
        parser: { syntax: "typescript", decorators: true, tsx },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          react: { runtime: "automatic" },
        },
      },
    })
    mod._compile(code, filename)
  }
  Module._extensions[".ts"] = compile(false)
  Module._extensions[".tsx"] = compile(true)
}

/**
 * Starts the app in `root` (this repository, or a copy of it) on `database`
 * (which must exist and be empty) and returns its container, the port it
 * listens on and `shutdown`. `port` 0 lets the OS pick a free one.
 */
export const startServer = async ({
  root,
  database,
  port = 0,
  log = () => {},
}) => {
  registerTypeScript()
  const utils = rootRequire("@medusajs/framework/utils")
  const { ContainerRegistrationKeys } = utils
  const { asValue } = rootRequire("@medusajs/framework/awilix")
  const { configManager } = rootRequire("@medusajs/framework/config")
  const framework = rootRequire("@medusajs/framework")
  const { Migrator } = rootRequire("@medusajs/framework/migrations")
  const runner = rootRequire(
    "@medusajs/test-utils/dist/medusa-test-runner-utils"
  )
  const search = rootRequire("@medusajs/medusa/loaders/search")
  const { logger } = framework

  // The root medusa-config.ts with the bench database, as the runner's
  // configLoaderOverride does (admin off; no SSL: ssl_mode=disable in the URL).
  await utils.discoverAndRegisterFeatureFlags({
    flagDir: root,
    projectConfigFlags: {},
    router: utils.FeatureFlag,
    logger,
  })
  const { configModule: fileConfig, error } = await utils.getConfigFile(
    root,
    "medusa-config"
  )
  if (error) {
    throw new Error(`medusa-config.ts: ${error.message ?? error}`)
  }
  Object.assign(fileConfig.projectConfig, {
    databaseUrl: databaseUrl(database),
    databaseLogging: false,
    databaseDriverOptions: {},
  })
  fileConfig.admin = { ...fileConfig.admin, disable: true }
  configManager.loadConfig({ projectConfig: fileConfig, baseDir: root })

  const { container, MedusaAppLoader } = framework
  const appLoader = new MedusaAppLoader({ medusaConfigPath: root, cwd: root })
  const configModule = container.resolve(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  utils.mergePluginModules(
    configModule,
    await utils.getResolvedPlugins(root, configModule),
    root
  )
  container.register({ [ContainerRegistrationKeys.LOGGER]: asValue(logger) })

  const pg = await framework.pgConnectionLoader()
  await new Migrator({ container }).ensureMigrationsTable()
  log("running module migrations and syncing links")
  // The migration scripts print to `console`: keep stdout for the results.
  const { info, log: consoleLog } = console
  console.info = console.log = (...args) => console.error(...args)
  try {
    await runner.migrateDatabase(appLoader)
    await runner.syncLinks(appLoader, root, container, logger)
  } finally {
    Object.assign(console, { info, log: consoleLog })
  }
  await runner.clearInstances()
  await search.loadSearchIndexes({
    plugins: await utils.getResolvedPlugins(root, configModule, true),
    configModule,
    logger,
  })

  log("loading the app and starting the HTTP server")
  const app = await runner.startApp({
    cwd: root,
    env: port ? { PORT: String(port) } : {},
  })
  await runner.migrateSearchIndexes(app.container, logger)

  const shutdown = async () => {
    await app.shutdown()
    await runner.clearInstances()
    await app.container.dispose?.()
    await pg.destroy()
  }
  return { container: app.container, port: app.port, shutdown }
}
