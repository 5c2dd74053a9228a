import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { INT32_MAX, MAX_PAGE_SIZE } from "./validators"

/**
 * Path prefixes of every route the plugin serves. The bad-input suite fails
 * when a route file is added outside them, so a new route cannot miss the
 * guard.
 */
export const PLUGIN_ROUTE_PREFIXES = [
  "/admin/disputes",
  "/admin/loyalty",
  "/admin/notification-templates",
  "/admin/notifications-log",
  "/admin/policy-templates",
  "/admin/return-policies",
  "/admin/return-reason-codes",
  "/admin/return-requests",
  "/admin/return-shipments",
  "/admin/webhooks",
  "/returns",
  "/store/customers/me/disputes",
  "/store/customers/me/loyalty",
  "/store/customers/me/notifications",
  "/store/customers/me/return-requests",
  "/store/disputes",
  "/store/loyalty",
  "/store/orders/:id/line-items",
  "/store/orders/:id/return-eligibility",
  "/store/return-portal",
  "/store/return-requests",
] as const

/** Deepest JSON nesting a plugin body may have (the deepest validator needs 4). */
export const MAX_BODY_DEPTH = 16

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The first problem in a parsed body or query: a NUL character (Postgres
 * `text` and `jsonb` refuse it with a 500) or nesting past `maxDepth`. The
 * walk is iterative, so a hostile depth cannot overflow the stack.
 */
const findProblem = (root: unknown, maxDepth: number): string | undefined => {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: "", depth: 0 },
  ]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === "string") {
      if (value.includes("\u0000")) {
        return `${path || "value"} must not contain a NUL character`
      }
      continue
    }
    if (value === null || typeof value !== "object") {
      continue
    }
    if (depth >= maxDepth) {
      return `${path || "body"} nests too deep (at most ${maxDepth} levels)`
    }
    for (const [key, child] of Object.entries(value)) {
      if (key.includes("\u0000")) {
        return `${path || "body"} has a field name with a NUL character`
      }
      stack.push({
        value: child,
        path: path ? `${path}.${key}` : key,
        depth: depth + 1,
      })
    }
  }
  return undefined
}

const wholeNumberIn = (value: unknown, min: number, max: number) => {
  if (typeof value !== "string" || !/^-?\d+$/.test(value.trim())) {
    return false
  }
  const n = Number(value)
  return n >= min && n <= max
}

/**
 * Refuses, with a 400 naming the field, input that no plugin route accepts
 * and that Medusa core would turn into a 500: a NUL character in the path,
 * the query or the body; bodies nested deeper than {@link MAX_BODY_DEPTH};
 * `limit` outside 0..{@link MAX_PAGE_SIZE} and a negative or non-integer
 * `offset`. Field-level rules (lengths, ranges, `order`) are the routes'
 * validators.
 */
export const rejectBadInput = (
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) => {
  const rawPath = (req.originalUrl ?? req.url).split("?")[0]
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    return next(invalid("The path is not a valid URL encoding"))
  }
  if (path.includes("\u0000")) {
    return next(invalid("The path (an id) must not contain a NUL character"))
  }

  const query = (req.query ?? {}) as Record<string, unknown>
  const problem =
    findProblem(query, 3) ??
    (req.body && typeof req.body === "object"
      ? findProblem(req.body, MAX_BODY_DEPTH)
      : undefined)
  if (problem) {
    return next(invalid(problem))
  }
  if (
    query.limit !== undefined &&
    !wholeNumberIn(query.limit, 0, MAX_PAGE_SIZE)
  ) {
    return next(
      invalid(`limit must be a whole number from 0 to ${MAX_PAGE_SIZE}`)
    )
  }
  if (
    query.offset !== undefined &&
    !wholeNumberIn(query.offset, 0, INT32_MAX)
  ) {
    return next(invalid("offset must be a whole number of 0 or more"))
  }
  next()
}

/** The guard, on every plugin route prefix (before routes' own middlewares). */
export const badInputGuardMiddlewares: MiddlewareRoute[] =
  PLUGIN_ROUTE_PREFIXES.map((prefix) => ({
    matcher: `${prefix}*`,
    middlewares: [rejectBadInput],
  }))
