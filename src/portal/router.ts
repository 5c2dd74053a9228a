import { useEffect, useState } from "react"

/**
 * Hash routes, so the server serves one page and email links can point at
 * `/returns#/requests/:id`, `#/disputes/:id`, `#/disputes/:id/rate`.
 */
export type Route =
  | { name: "home" }
  | { name: "new-request"; orderId: string }
  | { name: "request"; id: string }
  | { name: "new-dispute"; requestId?: string; orderId?: string }
  | { name: "dispute"; id: string; rate: boolean }
  | { name: "not-found" }

const ID = "([\\w-]+)"
const PATTERNS: [RegExp, (m: RegExpMatchArray) => Route][] = [
  [/^\/?$/, () => ({ name: "home" })],
  [
    new RegExp(`^/orders/${ID}/return$`),
    (m) => ({ name: "new-request", orderId: m[1] }),
  ],
  [
    new RegExp(`^/orders/${ID}/dispute$`),
    (m) => ({ name: "new-dispute", orderId: m[1] }),
  ],
  [new RegExp(`^/requests/${ID}$`), (m) => ({ name: "request", id: m[1] })],
  [
    new RegExp(`^/requests/${ID}/dispute$`),
    (m) => ({ name: "new-dispute", requestId: m[1] }),
  ],
  [
    new RegExp(`^/disputes/${ID}$`),
    (m) => ({ name: "dispute", id: m[1], rate: false }),
  ],
  [
    new RegExp(`^/disputes/${ID}/rate$`),
    (m) => ({ name: "dispute", id: m[1], rate: true }),
  ],
]

export const parseRoute = (hash: string): Route => {
  const path = hash.replace(/^#/, "").split("?")[0]
  for (const [pattern, route] of PATTERNS) {
    const m = path.match(pattern)
    if (m) {
      return route(m)
    }
  }
  return { name: "not-found" }
}

export const navigate = (path: string) => {
  window.location.hash = `#${path}`
}

export const useRoute = () => {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(window.location.hash))
      window.scrollTo(0, 0)
    }
    window.addEventListener("hashchange", onChange)
    return () => window.removeEventListener("hashchange", onChange)
  }, [])
  return route
}
