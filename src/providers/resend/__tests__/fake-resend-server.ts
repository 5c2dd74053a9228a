import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"

/** A request received by the fake Resend API. */
export type RecordedRequest = {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: Record<string, unknown>
}

type Failure = { status: number; body: Record<string, unknown> | string }

/**
 * A local stand-in for the Resend API: `POST /emails` answers `{ id }`,
 * records every request, and fails the next calls on demand. Like Resend, a
 * repeated `Idempotency-Key` gets the id of the first successful send.
 */
export const startFakeResend = async () => {
  const requests: RecordedRequest[] = []
  const failures: Failure[] = []
  const idsByKey = new Map<string, string>()
  let sent = 0

  const server = createServer((req, res) => {
    let raw = ""
    req.setEncoding("utf8")
    req.on("data", (chunk: string) => (raw += chunk))
    req.on("end", () => {
      const reply = (
        status: number,
        body: Record<string, unknown> | string
      ) => {
        res.writeHead(status, {
          "content-type":
            typeof body === "string" ? "text/plain" : "application/json",
        })
        res.end(typeof body === "string" ? body : JSON.stringify(body))
      }

      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: raw ? JSON.parse(raw) : {},
      })

      if (req.method !== "POST" || req.url !== "/emails") {
        return reply(404, {
          statusCode: 404,
          name: "not_found",
          message: "Not found",
        })
      }
      const failure = failures.shift()
      if (failure) {
        return reply(failure.status, failure.body)
      }
      const key = req.headers["idempotency-key"]
      const existing = typeof key === "string" ? idsByKey.get(key) : undefined
      if (existing) {
        return reply(200, { id: existing })
      }
      sent += 1
      const id = `email_${sent}`
      if (typeof key === "string") {
        idsByKey.set(key, id)
      }
      return reply(200, { id })
    })
  })

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Emails actually created (idempotent replays excluded). */
    sentCount: () => sent,
    /** Fail the next `times` calls with `status` and a Resend-style error body. */
    failNext: (
      times: number,
      status: number,
      body: Record<string, unknown> | string = {
        statusCode: status,
        name: status === 429 ? "rate_limit_exceeded" : "application_error",
        message:
          status === 429
            ? "Too many requests, slow down."
            : "Internal server error.",
      }
    ) => {
      for (let i = 0; i < times; i++) {
        failures.push({ status, body })
      }
    },
    reset: () => {
      requests.length = 0
      failures.length = 0
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // fetch keeps connections alive; drop them so close() returns.
        server.closeAllConnections()
      }),
  }
}

export type FakeResend = Awaited<ReturnType<typeof startFakeResend>>
