// Issue 17: at-least-once webhooks survive a crash. A delivery that failed
// (the receiver answered 503) is pending in the outbox when the store is
// killed with SIGKILL; once the store is started again, its scheduled job
// sends it with the same event id, and the receiver can verify it with the
// package's `verifyWebhookSignature`. No browser: plain HTTP. Runs last,
// since it restarts the store.
import assert from "node:assert/strict"
import http from "node:http"
import { createRequire } from "node:module"
import { ADMIN } from "./lib.mjs"

const require = createRequire(import.meta.url)
// The package's own export, as a receiver installs it.
const { verifyWebhookSignature } = require("medusa-plugin-rms/webhooks")

export default async ({ baseUrl, log, restartServer }) => {
  const received = []
  let answer = 503
  const receiver = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      received.push({ at: Date.now(), headers: req.headers, body, answer })
      res.writeHead(answer).end()
    })
  })
  await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${receiver.address().port}/hooks`

  const login = async () => {
    const res = await fetch(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    return (await res.json()).token
  }
  const api = async (token, path, body) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: body ? "POST" : "GET",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await res.json()
    assert.equal(res.status, 200, `${path}: ${JSON.stringify(data)}`)
    return data
  }

  try {
    let token = await login()
    const { endpoint } = await api(token, "/admin/webhooks/endpoints", {
      url,
      events: ["dispute.opened"],
      description: "Restart test",
    })
    const { delivery } = await api(
      token,
      `/admin/webhooks/endpoints/${endpoint.id}/send-test`,
      {}
    )
    assert.equal(delivery.status, "pending")
    assert.equal(delivery.attempts, 1)
    assert.equal(delivery.last_status_code, 503)
    assert.equal(received.length, 1)

    // The store crashes with the retry pending; the receiver recovers.
    answer = 200
    const killedAt = Date.now()
    await restartServer()
    const restartedAt = Date.now()

    const until = Date.now() + 60_000
    while (received.length < 2 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    assert.equal(received.length, 2, "the pending delivery was not resumed")
    const [first, retry] = received
    assert.ok(retry.at > killedAt, "sent by the restarted store")
    assert.equal(retry.answer, 200)
    assert.equal(retry.headers["rms-webhook-id"], delivery.event_id)
    assert.equal(
      first.headers["rms-webhook-id"],
      retry.headers["rms-webhook-id"]
    )
    assert.equal(retry.body, first.body)
    assert.ok(
      verifyWebhookSignature(
        retry.body,
        retry.headers["rms-signature"],
        endpoint.secret
      ),
      "the resumed delivery's signature verifies"
    )

    token = await login()
    const { delivery: after } = await api(
      token,
      `/admin/webhooks/deliveries/${delivery.id}`
    )
    assert.equal(after.status, "succeeded")
    assert.equal(after.attempts, 2)
    assert.equal(after.last_status_code, 200)
    log(
      `webhooks: store down and back in ${Math.round((restartedAt - killedAt) / 1000)} s; the pending delivery was sent ${Math.round((retry.at - killedAt) / 1000)} s after the kill`
    )
  } finally {
    receiver.closeAllConnections()
    await new Promise((resolve) => receiver.close(resolve))
  }
}
