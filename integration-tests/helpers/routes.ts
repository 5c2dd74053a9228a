import fs from "node:fs"
import path from "node:path"

export type HttpMethod = "GET" | "POST" | "DELETE"

export type PluginRoute = {
  method: HttpMethod
  /** Express-style path, `[id]` folders as `:id`, e.g. `/admin/disputes/:id/resolve`. */
  path: string
  /**
   * `admin` or `store`: which actor the route belongs to; `public`: a page
   * anyone opens (the return portal under `/returns`), outside Medusa's
   * `/admin` and `/store` and their authentication.
   */
  scope: "admin" | "store" | "public"
  /** Path parameter names in order, e.g. `["id"]`. */
  params: string[]
  /** The route file, relative to the repository root. */
  file: string
}

const API_DIR = path.resolve(__dirname, "..", "..", "src", "api")
const METHOD_EXPORT =
  /export\s+(?:const|async\s+function|function)\s+(GET|POST|DELETE|PUT|PATCH)\b/g
// `export { GET, POST } from "…"`: a route file that serves another's handlers.
const METHOD_REEXPORT = /export\s*\{([^}]*)\}\s*from/g

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return walk(full)
    }
    return /^route\.(ts|js)$/.test(entry.name) ? [full] : []
  })

/**
 * Every route the plugin serves, read from the `route.ts` files under
 * `src/api`, so suites built on it (authorization matrix, bad-input fuzz)
 * cover a new route the day its file is added.
 */
export const discoverPluginRoutes = (): PluginRoute[] =>
  walk(API_DIR)
    .flatMap((file) => {
      const source = fs.readFileSync(file, "utf8")
      const rel = path.relative(API_DIR, path.dirname(file))
      const segments = rel.split(path.sep)
      const params = segments
        .filter((s) => /^\[.+\]$/.test(s))
        .map((s) => s.slice(1, -1))
      const routePath =
        "/" +
        segments
          .map((s) => (/^\[.+\]$/.test(s) ? `:${s.slice(1, -1)}` : s))
          .join("/")
      const scope: PluginRoute["scope"] =
        segments[0] === "admin" || segments[0] === "store"
          ? segments[0]
          : "public"
      const methods = [
        ...[...source.matchAll(METHOD_EXPORT)].map((m) => m[1]),
        ...[...source.matchAll(METHOD_REEXPORT)].flatMap((m) =>
          m[1]
            .split(",")
            .map((name) =>
              name
                .trim()
                .split(/\s+as\s+/)
                .pop()!
            )
            .filter((name) => /^(GET|POST|DELETE|PUT|PATCH)$/.test(name))
        ),
      ]
      return methods.map((method) => {
        if (method !== "GET" && method !== "POST" && method !== "DELETE") {
          throw new Error(
            `${path.relative(process.cwd(), file)} exports ${method}: the plugin uses only GET, POST and DELETE`
          )
        }
        return {
          method: method as HttpMethod,
          path: routePath,
          scope,
          params,
          file: path.relative(path.resolve(API_DIR, "..", ".."), file),
        }
      })
    })
    .sort((a, b) =>
      a.path === b.path
        ? a.method.localeCompare(b.method)
        : a.path.localeCompare(b.path)
    )

/** Fills a route's `:param`s from a map of values (missing ones are left as a made-up id). */
export const fillRoutePath = (
  route: Pick<PluginRoute, "path">,
  values: Record<string, string>
): string =>
  route.path.replace(/:([a-z_]+)/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? `${name}_does_not_exist`)
  )
