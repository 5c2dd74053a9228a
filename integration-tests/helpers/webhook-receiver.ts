import http from "node:http"
import type { AddressInfo } from "node:net"

export type ReceivedWebhook = {
  headers: http.IncomingHttpHeaders
  body: string
  status: number
}

/**
 * A webhook receiver on 127.0.0.1 (the one private address the test config
 * allows): answers the queued status codes in turn, then 200, and keeps
 * every request.
 */
export const startWebhookReceiver = async () => {
  const received: ReceivedWebhook[] = []
  const answers: number[] = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const status = answers.shift() ?? 200
      received.push({ headers: req.headers, body, status })
      res.writeHead(status).end(status === 200 ? "ok" : "nope")
    })
  })
  await new Promise<void>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve())
  )
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answers,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(resolve)
      }),
  }
}
