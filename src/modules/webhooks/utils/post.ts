import http from "node:http"
import https from "node:https"
import type { LookupFunction } from "node:net"

export type PostOutcome = {
  ok: boolean
  status_code: number | null
  latency_ms: number
  error: string | null
}

/**
 * POSTs a signed body to a checked URL. The connection goes to the
 * addresses the guard resolved and approved (a custom `lookup`), so a DNS
 * answer that changes between the check and the request cannot point it
 * at the internal network. Redirects are not followed: a 3xx is a failure.
 * Any 2xx is success. The response body is read (up to 4 KB) and dropped.
 */
export const postWebhook = (input: {
  url: URL
  addresses: string[]
  body: string
  headers: Record<string, string>
  timeout_ms: number
}): Promise<PostOutcome> => {
  const started = Date.now()
  const lookup: LookupFunction = (_host, options, callback) => {
    const address = input.addresses[0]
    const family = address.includes(":") ? 6 : 4
    if ((options as { all?: boolean }).all) {
      ;(callback as unknown as (e: null, a: object[]) => void)(null, [
        { address, family },
      ])
    } else {
      callback(null, address, family)
    }
  }
  const client = input.url.protocol === "https:" ? https : http
  return new Promise((resolve) => {
    let settled = false
    const done = (outcome: Omit<PostOutcome, "latency_ms">) => {
      if (!settled) {
        settled = true
        resolve({ ...outcome, latency_ms: Date.now() - started })
      }
    }
    const request = client.request(
      input.url,
      {
        method: "POST",
        headers: {
          ...input.headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(input.body)),
          "user-agent": "medusa-plugin-rms-webhooks",
        },
        lookup,
        timeout: input.timeout_ms,
      },
      (response) => {
        let read = 0
        response.on("data", (chunk: Buffer) => {
          read += chunk.length
          if (read > 4096) {
            response.destroy()
          }
        })
        const finish = () => {
          const code = response.statusCode ?? 0
          done({
            ok: code >= 200 && code < 300,
            status_code: code,
            error:
              code >= 300 && code < 400
                ? `redirect refused (HTTP ${code})`
                : code >= 200 && code < 300
                  ? null
                  : `HTTP ${code}`,
          })
        }
        response.on("end", finish)
        response.on("close", finish)
      }
    )
    // `timeout` fires on socket inactivity; the overall limit is this one.
    const timer = setTimeout(() => {
      request.destroy(new Error(`timed out after ${input.timeout_ms} ms`))
    }, input.timeout_ms)
    request.on("timeout", () =>
      request.destroy(new Error(`timed out after ${input.timeout_ms} ms`))
    )
    request.on("error", (error) => {
      done({ ok: false, status_code: null, error: error.message })
    })
    request.on("close", () => clearTimeout(timer))
    request.end(input.body)
  })
}
