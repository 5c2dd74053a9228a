// A local stand-in for Resend's email API, for the demo store when no
// RESEND_API_KEY is set: the plugin's Resend provider is pointed at it
// (`base_url`), so every email the store sends is caught here instead of
// being delivered. `POST /emails` answers `{ id }` like Resend (a repeated
// Idempotency-Key gets the first id back), logs one "to / subject" line and
// keeps the message in memory. Browse the caught mail at
// http://localhost:<port>/ (list) and /emails/<id> (the HTML as sent).
// `failNext(subjectPrefix, count)` makes the next emails whose subject
// starts with it fail as Resend's 500 does (the cluster tests' retries).
// It is also the demo's webhook receiver: `POST /webhooks` keeps each
// event (type, id, body) and answers 200; `GET /webhooks` lists them.
import { createServer } from "node:http"

const MAX_MESSAGES = 200

const escapeHtml = (value) =>
  String(value ?? "").replace(
    /[&<>"']/g,
    (c) =>
      ({
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&#39;",
      })[c]
  )

/**
 * Starts the catcher on `port` (0 picks a free one).
 *
 * @returns {Promise<{ url: string, messages: object[], webhooks: object[], failNext: (subjectPrefix: string, count?: number) => void, close: () => Promise<void> }>}
 */
export const startMailCatcher = async ({
  port = 0,
  log = console.log,
} = {}) => {
  const messages = []
  const webhooks = []
  const idsByKey = new Map()
  const failures = new Map()
  let sent = 0

  const server = createServer((req, res) => {
    let raw = ""
    req.setEncoding("utf8")
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const json = (status, body) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(body))
      }
      const url = new URL(req.url ?? "/", "http://localhost")

      if (req.method === "POST" && url.pathname === "/emails") {
        let body
        try {
          body = raw ? JSON.parse(raw) : {}
        } catch {
          return json(422, {
            statusCode: 422,
            name: "validation_error",
            message: "Body is not JSON",
          })
        }
        const prefix = [...failures.keys()].find((p) =>
          String(body.subject ?? "").startsWith(p)
        )
        if (prefix !== undefined) {
          const left = failures.get(prefix) - 1
          left > 0 ? failures.set(prefix, left) : failures.delete(prefix)
          log(`failed subject=${JSON.stringify(body.subject ?? "")}`)
          return json(500, {
            statusCode: 500,
            name: "application_error",
            message: "Internal server error.",
          })
        }
        const key = req.headers["idempotency-key"]
        const existing = typeof key === "string" ? idsByKey.get(key) : null
        if (existing) {
          return json(200, { id: existing })
        }
        sent += 1
        const id = `demo_email_${sent}`
        if (typeof key === "string") {
          idsByKey.set(key, id)
        }
        const to = [body.to].flat().filter(Boolean).join(", ")
        messages.unshift({
          id,
          from: body.from ?? null,
          to,
          subject: body.subject ?? "",
          html: body.html ?? "",
          text: body.text ?? "",
          attachments: (body.attachments ?? []).map((a) => a.filename),
          created_at: new Date().toISOString(),
        })
        messages.length = Math.min(messages.length, MAX_MESSAGES)
        log(`to=${to} subject=${JSON.stringify(body.subject ?? "")}`)
        return json(200, { id })
      }

      if (req.method === "POST" && url.pathname === "/webhooks") {
        webhooks.unshift({
          id: req.headers["rms-webhook-id"] ?? null,
          type: req.headers["rms-event-type"] ?? null,
          signature: req.headers["rms-signature"] ?? null,
          body: raw,
          received_at: new Date().toISOString(),
        })
        webhooks.length = Math.min(webhooks.length, MAX_MESSAGES)
        log(
          `webhook ${req.headers["rms-event-type"]} ${req.headers["rms-webhook-id"]}`
        )
        return json(200, { received: true })
      }

      if (req.method === "GET" && url.pathname === "/webhooks") {
        return json(200, { data: webhooks })
      }

      if (req.method === "GET" && url.pathname === "/emails") {
        return json(200, {
          data: messages.map(({ html: _h, text: _t, ...m }) => m),
        })
      }

      const one = url.pathname.match(/^\/emails\/([\w-]+)$/)
      if (req.method === "GET" && one) {
        const message = messages.find((m) => m.id === one[1])
        if (!message) {
          return json(404, { message: "Not found" })
        }
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
        return res.end(message.html || `<pre>${escapeHtml(message.text)}</pre>`)
      }

      if (req.method === "GET" && url.pathname === "/") {
        const rows = messages
          .map(
            (m) =>
              `<tr><td>${escapeHtml(m.created_at)}</td><td>${escapeHtml(m.to)}</td><td><a href="/emails/${m.id}">${escapeHtml(m.subject)}</a></td></tr>`
          )
          .join("")
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
        return res.end(
          `<!doctype html><title>Demo mail</title><h1>Emails sent by the demo store (${messages.length})</h1><table cellpadding="6"><tr><th>When</th><th>To</th><th>Subject</th></tr>${rows}</table><p><a href="/webhooks">Webhooks received (${webhooks.length})</a></p>`
        )
      }

      return json(404, {
        statusCode: 404,
        name: "not_found",
        message: "Not found",
      })
    })
  })

  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", resolve)
  })
  const { port: bound } = server.address()
  return {
    url: `http://127.0.0.1:${bound}`,
    messages,
    webhooks,
    failNext: (subjectPrefix, count = 1) => {
      failures.set(subjectPrefix, count)
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

// `node demo/mail-catcher.mjs`: run on its own (npm run demo starts it as a
// child process, so the blocking migrate/seed steps cannot stall it).
if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.RMS_DEMO_MAIL_PORT ?? 9025)
  const catcher = await startMailCatcher({
    port,
    log: (line) => console.log(`\x1b[35m[mail]\x1b[0m ${line}`),
  })
  console.log(`\x1b[35m[mail]\x1b[0m listening on ${catcher.url}`)
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => catcher.close().then(() => process.exit(0)))
  }
}
