import fs from "node:fs"
import path from "node:path"

/**
 * The layering the plugin keeps (docs/ARCHITECTURE.md), checked on the
 * import statements so that a shortcut taken in a hurry fails here instead of
 * growing a second home for a rule.
 */

const SRC = path.resolve(__dirname, "..")

type Import = { file: string; target: string }

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" || entry.name === "migrations"
        ? []
        : sourceFiles(full)
    }
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** Relative imports of every file under `folder`, resolved to src paths. */
function relativeImports(folder: string): Import[] {
  return sourceFiles(path.join(SRC, folder)).flatMap((file) => {
    const text = fs.readFileSync(file, "utf8")
    return [...text.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].map((m) => ({
      file: path.relative(SRC, file),
      target: path.relative(SRC, path.resolve(path.dirname(file), m[1])),
    }))
  })
}

/**
 * `api/admin/disputes/[id]/route.ts` → `api/admin/disputes`; the public
 * return portal, outside `admin` and `store`, is `api/returns`.
 */
const routeFolder = (p: string) => {
  const parts = p.split(path.sep)
  return parts.slice(0, ["admin", "store"].includes(parts[1]) ? 3 : 2).join("/")
}

describe("layering", () => {
  it("no route folder imports another route folder (shared code is in api/utils)", () => {
    const crossing = relativeImports("api").filter(
      ({ file, target }) =>
        target.startsWith(`api${path.sep}`) &&
        !target.startsWith(`api${path.sep}utils`) &&
        // the root middlewares.ts composes every folder's middlewares
        file !== "api/middlewares.ts" &&
        routeFolder(file) !== routeFolder(target)
    )
    expect(crossing).toEqual([])
  })

  it("no workflow, route or subscriber imports the Resend provider (emails are in src/emails)", () => {
    const intoProviders = ["workflows", "api", "subscribers", "jobs"]
      .flatMap(relativeImports)
      .filter(({ target }) => target.startsWith(`providers${path.sep}`))
    expect(intoProviders).toEqual([])
  })

  it("modules never import each other, workflows, routes or the admin", () => {
    const outward = relativeImports("modules").filter(({ file, target }) => {
      const own = file.split(path.sep).slice(0, 2).join(path.sep)
      return (
        !target.startsWith(own) &&
        !target.startsWith(`utils${path.sep}`) &&
        !target.startsWith(`types${path.sep}`)
      )
    })
    expect(outward).toEqual([])
  })

  it("the HTTP contracts do not pull in workflows (the admin type-checks them)", () => {
    const intoWorkflows = relativeImports("types").filter(({ target }) =>
      target.startsWith(`workflows${path.sep}`)
    )
    expect(intoWorkflows).toEqual([])
  })
})
