import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder } from "../fixtures"
import {
  verifyWebhookSignature,
  WEBHOOKS_MODULE,
  type WebhooksModuleService,
} from "../../src/modules/webhooks"
import { deliverWebhooksWorkflow } from "../../src/workflows/webhooks"
import { seedOncePerFile, seedShop } from "../helpers/shop"
import { waitFor } from "../helpers/wait-for"
import { startWebhookReceiver } from "../helpers/webhook-receiver"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    const { api, getContainer } = options
    let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
    let admin: Record<string, any>
    let shop: Awaited<ReturnType<typeof seedShop>>

    beforeAll(async () => {
      receiver = await startWebhookReceiver()
    })
    afterAll(async () => {
      await receiver.close()
    })
    seedOncePerFile(options, async () => {
      shop = await seedShop(getContainer(), api, {
        first_name: "Wanda",
        last_name: "Webhook",
      })
      admin = shop.admin
    })

    beforeEach(() => {
      receiver.received.length = 0
      receiver.answers.length = 0
    })

    const post = (url: string, body: unknown) =>
      api.post(url, body, admin).catch((e) => e.response)
    const get = (url: string) => api.get(url, admin).catch((e) => e.response)

    const createEndpoint = async (events: string[]) => {
      const res = await post("/admin/webhooks/endpoints", {
        url: receiver.url,
        events,
        description: "Helpdesk",
      })
      expect(res.status).toEqual(200)
      return res.data.endpoint as { id: string; secret: string }
    }

    /** What the scheduled job does, without waiting for its next tick. */
    const runDueDeliveries = async () =>
      (
        await deliverWebhooksWorkflow(getContainer()).run({
          input: { limit: 50 },
        })
      ).result

    describe("POST /admin/webhooks/endpoints", () => {
      it("refuses private and loopback addresses the option does not allow, naming url", async () => {
        for (const url of [
          "http://10.0.0.5/hooks",
          "http://192.168.1.20/hooks",
          "http://169.254.169.254/latest/meta-data",
          "http://[::1]:9000/hooks",
          "http://127.0.0.2/hooks",
        ]) {
          const res = await post("/admin/webhooks/endpoints", {
            url,
            events: ["dispute.opened"],
          })
          expect(res.status).toEqual(400)
          expect(res.data.message).toMatch(
            /^url resolves to a private or loopback address/
          )
        }
        const unknownEvent = await post("/admin/webhooks/endpoints", {
          url: receiver.url,
          events: ["order.placed"],
        })
        expect(unknownEvent.status).toEqual(400)
        expect(unknownEvent.data.message).toMatch(/events/)

        const list = await get("/admin/webhooks/endpoints")
        expect(list.data.endpoints).toEqual([])
      })

      it("shows the secret on create and rotate only; sends a signed test event", async () => {
        const endpoint = await createEndpoint(["dispute.opened"])
        expect(endpoint.secret).toMatch(/^whsec_/)

        const listed = await get("/admin/webhooks/endpoints")
        expect(listed.data.endpoints).toEqual([
          expect.objectContaining({
            id: endpoint.id,
            url: receiver.url,
            active: true,
          }),
        ])
        expect(listed.data.endpoints[0].secret).toBeUndefined()

        const test = await post(
          `/admin/webhooks/endpoints/${endpoint.id}/send-test`,
          {}
        )
        expect(test.status).toEqual(200)
        expect(test.data.delivery).toEqual(
          expect.objectContaining({
            type: "webhook.test",
            status: "succeeded",
            attempts: 1,
            last_status_code: 200,
          })
        )
        expect(test.data.delivery.last_latency_ms).toBeGreaterThanOrEqual(0)

        const [request] = receiver.received
        expect(request.headers["rms-event-type"]).toEqual("webhook.test")
        expect(request.headers["rms-webhook-id"]).toEqual(
          test.data.delivery.event_id
        )
        expect(
          verifyWebhookSignature(
            request.body,
            request.headers["rms-signature"],
            endpoint.secret
          )
        ).toBe(true)
        // Tampered body, wrong secret, or a signature older than the window.
        expect(
          verifyWebhookSignature(
            request.body.replace("test", "tost"),
            request.headers["rms-signature"],
            endpoint.secret
          )
        ).toBe(false)
        expect(
          verifyWebhookSignature(
            request.body,
            request.headers["rms-signature"],
            "whsec_other"
          )
        ).toBe(false)
        expect(
          verifyWebhookSignature(
            request.body,
            request.headers["rms-signature"],
            endpoint.secret,
            300,
            Math.floor(Date.now() / 1000) + 301
          )
        ).toBe(false)
        const envelope = JSON.parse(request.body)
        expect(envelope).toEqual({
          id: test.data.delivery.event_id,
          type: "webhook.test",
          created_at: expect.any(String),
          api_version: "2026-12-01",
          data: expect.objectContaining({ endpoint_id: endpoint.id }),
        })

        const rotated = await post(
          `/admin/webhooks/endpoints/${endpoint.id}/rotate-secret`,
          {}
        )
        expect(rotated.data.endpoint.secret).toMatch(/^whsec_/)
        expect(rotated.data.endpoint.secret).not.toEqual(endpoint.secret)
        await post(`/admin/webhooks/endpoints/${endpoint.id}/send-test`, {})
        const second = receiver.received[1]
        expect(
          verifyWebhookSignature(
            second.body,
            second.headers["rms-signature"],
            rotated.data.endpoint.secret
          )
        ).toBe(true)
      })
    })

    describe("dispute events", () => {
      it("retries a failing receiver with backoff, keeps internal notes out, replays with the same id", async () => {
        const endpoint = await createEndpoint([
          "dispute.opened",
          "dispute.message_added",
        ])
        const container = getContainer()
        const order = await placeOrder(container, shop.basics, {
          customer: shop.customer,
          items: [{ variant_id: shop.basics.variants[0].id, quantity: 1 }],
        })

        // The first attempt (right after the event) and one retry fail.
        receiver.answers.push(503, 500)
        const opened = await api.post(
          "/store/disputes",
          {
            order_id: order.id,
            reason_category: "item_condition",
            claim: "The sweater arrived torn",
          },
          shop.headers
        )
        const disputeId = opened.data.dispute.id

        const service =
          container.resolve<WebhooksModuleService>(WEBHOOKS_MODULE)
        const delivery = async () =>
          (
            await service.listWebhookDeliveries({
              endpoint_id: endpoint.id,
              type: "dispute.opened",
            })
          )[0]
        // The first attempt runs right after the event; the retries when due
        // (50 ms, then 100 ms), by the job or by this test's rounds.
        await waitFor(async () => (await delivery())?.attempts, "an attempt")
        const done = await waitFor(async () => {
          await new Promise((r) => setTimeout(r, 250))
          await runDueDeliveries()
          const d = await delivery()
          return d.status === "succeeded" && d
        }, "the retries")
        expect(done).toEqual(
          expect.objectContaining({
            status: "succeeded",
            attempts: 3,
            last_status_code: 200,
            last_error: null,
          })
        )
        const openedRequests = receiver.received.filter(
          (r) => r.headers["rms-event-type"] === "dispute.opened"
        )
        expect(openedRequests.map((r) => r.status)).toEqual([503, 500, 200])
        // Every retry is the same event for the receiver to dedupe.
        expect(
          new Set(openedRequests.map((r) => r.headers["rms-webhook-id"]))
        ).toEqual(new Set([done.event_id]))
        const payload = JSON.parse(openedRequests[2].body)
        expect(payload.data.dispute).toEqual(
          expect.objectContaining({
            id: disputeId,
            order_id: order.id,
            status: "open",
            claim: "The sweater arrived torn",
          })
        )
        expect(payload.data.customer).toEqual(
          expect.objectContaining({
            email: shop.customer.email,
            first_name: "Wanda",
          })
        )

        // Staff write an internal note, then a reply: only the reply goes out.
        await post(`/admin/disputes/${disputeId}/messages`, {
          body: "Customer has 3 prior returns",
          internal: true,
        })
        await post(`/admin/disputes/${disputeId}/messages`, {
          body: "Could you send a photo of the tear?",
        })
        const messages = await waitFor(
          () =>
            receiver.received.filter(
              (r) => r.headers["rms-event-type"] === "dispute.message_added"
            ).length === 1 &&
            receiver.received.filter(
              (r) => r.headers["rms-event-type"] === "dispute.message_added"
            ),
          "the staff reply"
        )
        await new Promise((r) => setTimeout(r, 500))
        const everything = receiver.received.map((r) => r.body).join("\n")
        expect(everything).not.toContain("prior returns")
        const reply = JSON.parse(messages[0].body)
        expect(reply.data.message).toEqual(
          expect.objectContaining({
            author_type: "staff",
            body: "Could you send a photo of the tear?",
          })
        )
        // Only dispute.opened names the customer.
        expect(reply.data.customer).toBeUndefined()
        expect(messages[0].body).not.toContain(shop.customer.email)

        // The log, filtered as the admin page does.
        const log = await get(
          `/admin/webhooks/deliveries?endpoint_id=${endpoint.id}&status=succeeded`
        )
        expect(log.data.deliveries.map((d: any) => d.type).sort()).toEqual([
          "dispute.message_added",
          "dispute.opened",
        ])

        // Replay one: a new delivery, the same event id and body.
        const before = receiver.received.length
        const replayed = await post(
          `/admin/webhooks/deliveries/${done.id}/replay`,
          {}
        )
        expect(replayed.status).toEqual(200)
        expect(replayed.data.deliveries).toEqual([
          expect.objectContaining({
            replay_of: done.id,
            event_id: done.event_id,
            status: "succeeded",
            attempts: 1,
          }),
        ])
        const resent = receiver.received[before]
        expect(resent.headers["rms-webhook-id"]).toEqual(done.event_id)
        expect(JSON.parse(resent.body)).toEqual(payload)

        // Replay everything since a time: both originals, in order.
        const all = await post("/admin/webhooks/deliveries/replay", {
          since: new Date(Date.now() - 60_000).toISOString(),
          endpoint_id: endpoint.id,
        })
        expect(all.data.count).toEqual(2)
        // In order per dispute: the reply waits for the opened event.
        await runDueDeliveries()
        expect(
          receiver.received
            .slice(before + 1)
            .map((r) => r.headers["rms-event-type"])
        ).toEqual(["dispute.opened", "dispute.message_added"])
      })

      it("gives up after the last attempt and disables an endpoint that keeps failing", async () => {
        const endpoint = await createEndpoint(["dispute.opened"])
        // 6 failures in a row disable it (test config); 4 attempts per delivery.
        receiver.answers.push(...new Array(8).fill(500))
        for (let i = 0; i < 2; i++) {
          await post(`/admin/webhooks/endpoints/${endpoint.id}/send-test`, {})
        }
        // Per entity in order: the second test waits for the first to give
        // up; the sixth failure in a row switches the endpoint off.
        await waitFor(async () => {
          await new Promise((r) => setTimeout(r, 250))
          await runDueDeliveries()
          const { data } = await get(`/admin/webhooks/endpoints/${endpoint.id}`)
          return !data.endpoint.active
        }, "the endpoint to be disabled")
        const { data } = await get(`/admin/webhooks/endpoints/${endpoint.id}`)
        expect(data.endpoint).toEqual(
          expect.objectContaining({
            active: false,
            consecutive_failures: 6,
            disabled_reason: expect.stringMatching(
              /^6 failed attempts in a row; last: HTTP 500/
            ),
          })
        )
        const log = await get(
          `/admin/webhooks/deliveries?endpoint_id=${endpoint.id}&order=created_at`
        )
        expect(
          log.data.deliveries.map((d: any) => [d.status, d.attempts])
        ).toEqual([
          ["failed", 4],
          ["pending", 2],
        ])

        // Turned back on: the count clears and the pending delivery resumes.
        receiver.answers.length = 0
        const enabled = await post(`/admin/webhooks/endpoints/${endpoint.id}`, {
          active: true,
        })
        expect(enabled.data.endpoint).toEqual(
          expect.objectContaining({
            active: true,
            consecutive_failures: 0,
            disabled_at: null,
          })
        )
        const after = await waitFor(async () => {
          await new Promise((r) => setTimeout(r, 250))
          await runDueDeliveries()
          const { data } = await get(
            `/admin/webhooks/deliveries?endpoint_id=${endpoint.id}&order=created_at`
          )
          return data.deliveries[1].status === "succeeded" && data.deliveries
        }, "the resumed delivery")
        expect(after[1]).toEqual(
          expect.objectContaining({ status: "succeeded", attempts: 3 })
        )
      })
    })
  },
})
