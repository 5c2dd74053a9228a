import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { StoreBasics } from "../fixtures"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import { createCustomerHeaders } from "../helpers/auth"
import {
  placeTeeAndMerinoOrder,
  seedOncePerFile,
  seedShop,
  seedStandardPolicy,
} from "../helpers/shop"

jest.setTimeout(180 * 1000)

const TEE_THUMBNAIL = "https://cdn.example.com/products/cotton-tee.png"
const DAY_MS = 86_400_000

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    const { api, getContainer } = options
    let basics: StoreBasics
    let customer: { id: string; email: string }
    let headers: Record<string, any>
    let admin: Record<string, any>
    let order: { id: string }
    let lines: Record<"tee" | "merino", { id: string }>

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ basics, customer, headers, admin } = await seedShop(container, api))
      await seedStandardPolicy(container, [
        { code: "TOO_SMALL", label: "Too small" },
        {
          code: "DAMAGED",
          label: "Arrived damaged",
          requires_review: true,
          requires_evidence: true,
        },
        { code: "OLD_REASON", label: "Retired", active: false },
      ])

      // Lines copy the product's picture when the cart is made.
      const tee = basics.products.find((p) => p.handle === "cotton-tee")!
      await container
        .resolve(Modules.PRODUCT)
        .updateProducts(tee.id, { thumbnail: TEE_THUMBNAIL })

      ;({ order, lines } = await placeTeeAndMerinoOrder(
        container,
        basics,
        customer
      ))
    })

    const request = (body: Record<string, unknown>, h = headers) =>
      api
        .post("/store/return-requests", { order_id: order.id, ...body }, h)
        .catch((e) => e.response)

    const countRequests = async () =>
      (
        await getContainer()
          .resolve(RETURN_POLICY_MODULE)
          .listReturnRequests({})
      ).length

    const nativeReturn = async (id: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [ret],
      } = await query.graph({
        entity: "return",
        fields: ["id", "status", "order_id", "items.item_id", "items.quantity"],
        filters: { id },
      })
      return ret
    }

    it("auto-approves a small request within policy and creates the native return", async () => {
      const res = await request({
        items: [
          { line_item_id: lines.tee.id, quantity: 1, reason_code: "too_small" },
        ],
      })
      expect(res.status).toEqual(200)
      const rr = res.data.return_request
      expect(rr).toEqual(
        expect.objectContaining({
          rma_number: expect.stringMatching(/^RMA-\d{4}-\d{6}$/),
          status: "approved",
          channel: "storefront",
          return_id: expect.stringMatching(/^return_/),
        })
      )
      // €25 + 20% VAT, less the store's €6 return shipping.
      expect(rr.refund_estimate.items_total).toEqual(30)
      expect(rr.refund_estimate.return_shipping).toEqual(6)
      expect(rr.refund_estimate.refund_total).toEqual(24)
      // What the page shows per line, and lines that add up to the total.
      expect(rr.items).toEqual([
        expect.objectContaining({
          line_item_id: lines.tee.id,
          title: "Organic Cotton Tee",
          variant_title: "S",
          thumbnail: TEE_THUMBNAIL,
          unit_price: 25,
          quantity: 1,
          reason_code: "TOO_SMALL",
          reason_label: "Too small",
          refund_amount: 30,
          restocking_fee: 0,
        }),
      ])
      const lineSum = rr.items.reduce((s, i) => s + i.refund_amount, 0)
      expect(lineSum).toEqual(rr.refund_estimate.items_total)
      expect(
        lineSum -
          rr.refund_estimate.restocking_fee_total -
          rr.refund_estimate.return_shipping
      ).toEqual(rr.refund_estimate.refund_total)
      expect(rr.currency_code).toEqual("eur")

      expect(rr.timeline).toEqual([
        expect.objectContaining({ type: "requested", by: "customer" }),
        expect.objectContaining({ type: "approved", by: "policy" }),
      ])
      // Send by the last day of the 30-day window, delivered today: the
      // day of the decision + 30.
      const decidedDay = Math.floor(
        new Date(rr.timeline[1].at).getTime() / DAY_MS
      )
      expect(rr.send_by).toEqual(
        `${new Date((decidedDay + 30) * DAY_MS).toISOString().slice(0, 10)}T23:59:59.999Z`
      )
      expect(rr.return_shipping).toEqual({
        option_id: basics.returnShippingOption.id,
        method: "Return shipping",
        amount: 6,
        free: false,
        address: expect.objectContaining({
          name: "Main warehouse",
          city: "Copenhagen",
          country_code: "DK",
        }),
        tracking_number: null,
        tracking_url: null,
        label_url: null,
      })
      expect(rr.can_cancel).toBe(true)
      expect(rr.store_credit).toBeNull()
      expect(rr).not.toHaveProperty("decisions")

      const ret = await nativeReturn(rr.return_id)
      expect(ret).toEqual(
        expect.objectContaining({ status: "requested", order_id: order.id })
      )
      expect(ret.items).toEqual([
        expect.objectContaining({ item_id: lines.tee.id, quantity: 1 }),
      ])

      const mine = (
        await api.get("/store/customers/me/return-requests", headers)
      ).data
      expect(mine.return_requests.map((r) => r.id)).toEqual([rr.id])
      const one = (await api.get(`/store/return-requests/${rr.id}`, headers))
        .data.return_request
      // One shape whichever route answers.
      expect(one).toEqual(rr)
      expect(mine.return_requests[0]).toEqual(rr)
    })

    it("queues a request above the auto-approval amount; an admin approves it once", async () => {
      const res = await request({
        items: [
          {
            line_item_id: lines.merino.id,
            quantity: 2,
            reason_code: "TOO_SMALL",
          },
        ],
      })
      expect(res.status).toEqual(200)
      const rr = res.data.return_request
      expect(rr.status).toEqual("pending_review")
      expect(rr.return_id).toBeNull()
      expect(rr.refund_estimate.refund_total).toEqual(213.6 - 6)
      expect(
        (await api.get(`/store/return-requests/${rr.id}`, headers)).data
          .return_request
      ).toEqual(rr)

      const queue = (
        await api.get("/admin/return-requests?status=pending_review", admin)
      ).data
      expect(queue.return_requests.map((r) => r.id)).toEqual([rr.id])

      const approveRes = await api
        .post(
          `/admin/return-requests/${rr.id}/approve`,
          { note: "Fine" },
          admin
        )
        .catch((e) => e.response)
      expect(approveRes.data.message).toBeUndefined()
      const approved = approveRes.data.return_request
      expect(approved.status).toEqual("approved")
      expect(approved.return_id).toMatch(/^return_/)
      expect(approved.decisions.map((d) => d.outcome)).toEqual([
        "review",
        "approved",
      ])
      expect((await nativeReturn(approved.return_id)).status).toEqual(
        "requested"
      )

      const again = await api
        .post(`/admin/return-requests/${rr.id}/approve`, {}, admin)
        .catch((e) => e.response)
      expect(again.status).toEqual(400)
      expect(again.data.message).toMatch(/is approved/)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: returns } = await query.graph({
        entity: "return",
        fields: ["id"],
        filters: { order_id: order.id },
      })
      expect(returns).toHaveLength(1)
    })

    it("an admin rejects with a note the customer sees", async () => {
      const rr = (
        await request({
          items: [
            {
              line_item_id: lines.merino.id,
              quantity: 1,
              reason_code: "DAMAGED",
              has_evidence: true,
            },
          ],
        })
      ).data.return_request
      expect(rr.status).toEqual("pending_review")

      const noNote = await api
        .post(`/admin/return-requests/${rr.id}/reject`, {}, admin)
        .catch((e) => e.response)
      expect(noNote.status).toEqual(400)
      expect(noNote.data.message).toContain("note")

      await api.post(
        `/admin/return-requests/${rr.id}/reject`,
        { note: "The photos show wear, not damage" },
        admin
      )
      const seen = (await api.get(`/store/return-requests/${rr.id}`, headers))
        .data.return_request
      expect(seen.status).toEqual("rejected")
      expect(seen.timeline.map((e) => [e.type, e.by])).toEqual([
        ["requested", "customer"],
        ["in_review", "policy"],
        ["rejected", "staff"],
      ])
      // The policy says why it waits; staff's note is the customer's answer.
      expect(seen.timeline[1].note).toMatch(/Arrived damaged/)
      expect(seen.timeline[2].note).toEqual("The photos show wear, not damage")
      const times = seen.timeline.map((e) => new Date(e.at).getTime())
      expect([...times].sort((a, b) => a - b)).toEqual(times)
      expect(seen.send_by).toBeNull()
      expect(seen.can_cancel).toBe(false)
    })

    it("previews the outcome of the request as the portal's form stands, then stores the photo a damaged item needs", async () => {
      const items = (reason: string, extra = {}) => [
        {
          line_item_id: lines.merino.id,
          quantity: 1,
          reason_code: reason,
          ...extra,
        },
      ]
      const preview = (body: Record<string, unknown>) =>
        api
          .post(
            "/store/return-requests/preview",
            { order_id: order.id, ...body },
            headers
          )
          .catch((e) => e.response)

      // Merino €89 + 20% VAT = €106.80, €100.80 after return shipping:
      // above the €100 auto-approval.
      const big = await preview({ items: items("TOO_SMALL") })
      expect(big.status).toEqual(200)
      expect(big.data.preview).toEqual(
        expect.objectContaining({
          outcome: "manual_review",
          reasons: [expect.stringMatching(/above the auto-approval limit/)],
        })
      )
      expect(big.data.preview.refund.items_total).toBeCloseTo(106.8)
      // Less the return shipping the customer pays.
      expect(big.data.preview.refund.refund_total).toBeCloseTo(100.8)
      const noPhoto = await preview({ items: items("DAMAGED") })
      expect(noPhoto.data.preview.outcome).toEqual("not_eligible")
      expect(noPhoto.data.preview.reasons.join()).toMatch(/needs photos/)
      const tee = await preview({
        items: [
          { line_item_id: lines.tee.id, quantity: 1, reason_code: "TOO_SMALL" },
        ],
        refund_method: "store_credit",
      })
      expect(tee.data.preview.outcome).toEqual("auto_approve")
      expect(tee.data.preview.reasons).toEqual([])
      expect(await countRequests()).toEqual(0)

      const rr = (
        await request({ items: items("DAMAGED", { has_evidence: true }) })
      ).data.return_request
      const form = new FormData()
      form.append(
        "file",
        new Blob(
          [
            Buffer.from(
              "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
                "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
              "hex"
            ),
          ],
          { type: "image/png" }
        ),
        "damage.png"
      )
      form.append("description", "Torn seam")
      const uploaded = await api.post(
        `/store/return-requests/${rr.id}/evidence`,
        form,
        headers
      )
      expect(uploaded.data.evidence).toEqual(
        expect.objectContaining({
          filename: "damage.png",
          mime_type: "image/png",
          description: "Torn seam",
        })
      )
      const staff = (await api.get(`/admin/return-requests/${rr.id}`, admin))
        .data.return_request
      expect(staff.metadata.evidence).toEqual([
        expect.objectContaining({
          filename: "damage.png",
          file_id: expect.any(String),
        }),
      ])

      await api.post(`/store/return-requests/${rr.id}/cancel`, {}, headers)
      const late = await api
        .post(`/store/return-requests/${rr.id}/evidence`, form, headers)
        .catch((e) => e.response)
      expect(late.status).toEqual(400)
      expect(late.data.message).toMatch(/is canceled: photos can be added/)
    })

    describe("refuses and writes nothing", () => {
      it("someone else's order: 404, like an unknown one", async () => {
        const other = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token
        )
        const res = await request(
          {
            items: [
              {
                line_item_id: lines.tee.id,
                quantity: 1,
                reason_code: "TOO_SMALL",
              },
            ],
          },
          other.headers
        )
        expect(res.status).toEqual(404)
        const unknown = await request({
          order_id: "order_unknown",
          items: [
            {
              line_item_id: lines.tee.id,
              quantity: 1,
              reason_code: "TOO_SMALL",
            },
          ],
        })
        expect(unknown.status).toEqual(404)
        expect(await countRequests()).toEqual(0)

        const peek = await api
          .get(`/store/return-requests/rreq_unknown`, headers)
          .catch((e) => e.response)
        expect(peek.status).toEqual(404)
      })

      it.each([
        [
          "an unknown line",
          () => [
            {
              line_item_id: "ordli_nope",
              quantity: 1,
              reason_code: "TOO_SMALL",
            },
          ],
          /ordli_nope/,
        ],
        [
          "more than was bought",
          () => [
            {
              line_item_id: lines.tee.id,
              quantity: 3,
              reason_code: "TOO_SMALL",
            },
          ],
          /Organic Cotton Tee.*only 2 of 2 left to return/,
        ],
        [
          "an inactive reason",
          () => [
            {
              line_item_id: lines.tee.id,
              quantity: 1,
              reason_code: "OLD_REASON",
            },
          ],
          /no longer accepted/,
        ],
        [
          "missing evidence",
          () => [
            { line_item_id: lines.tee.id, quantity: 1, reason_code: "DAMAGED" },
          ],
          /evidence/i,
        ],
      ])("%s: 400 naming the item and rule", async (_, items, message) => {
        const res = await request({ items: items() })
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(message)
        expect(await countRequests()).toEqual(0)
      })

      it("a quantity already requested counts", async () => {
        await request({
          items: [
            {
              line_item_id: lines.tee.id,
              quantity: 2,
              reason_code: "TOO_SMALL",
            },
          ],
        })
        const res = await request({
          items: [
            {
              line_item_id: lines.tee.id,
              quantity: 1,
              reason_code: "TOO_SMALL",
            },
          ],
        })
        expect(res.status).toEqual(400)
        expect(await countRequests()).toEqual(1)
      })

      it.each([
        [{ items: [] }, "items"],
        [
          { items: [{ line_item_id: "x", quantity: 0, reason_code: "A" }] },
          "quantity",
        ],
        [{ items: [{ line_item_id: "x", quantity: 1 }] }, "reason_code"],
        [
          {
            refund_method: "cash",
            items: [{ line_item_id: "x", quantity: 1, reason_code: "A" }],
          },
          "refund_method",
        ],
      ])("bad body %j: 400 naming %s", async (body, field) => {
        const res = await request(body)
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain(field)
      })

      it("needs a signed-in customer", async () => {
        const res = await api
          .post(
            "/store/return-requests",
            { order_id: order.id, items: [] },
            {
              headers: { "x-publishable-api-key": basics.publishableKey.token },
            }
          )
          .catch((e) => e.response)
        expect(res.status).toEqual(401)
      })
    })

    it("serves the customer return portal: a themed page in the customer's language, with the store's key, and its script", async () => {
      const page = await api.get("/returns")
      expect(page.status).toEqual(200)
      expect(page.headers["content-type"]).toMatch(/^text\/html/)
      expect(page.data).toContain('<html lang="en">')
      expect(page.data).toContain("<title>Returns</title>")
      const config = JSON.parse(
        page.data.match(
          /<script id="rms-portal-config" type="application\/json">(.*?)<\/script>/
        )[1]
      )
      expect(config).toEqual(
        expect.objectContaining({
          name: "Returns",
          locale: "en",
          primary_color: "#1f4ed8",
          publishable_key: expect.stringMatching(/^pk_/),
        })
      )
      // No key in the options: the store's oldest active one, which works.
      const regions = await api.get("/store/regions", {
        headers: { "x-publishable-api-key": config.publishable_key },
      })
      expect(regions.status).toEqual(200)

      const french = await api.get("/returns?lang=fr")
      expect(french.data).toContain('<html lang="fr">')
      const browserFrench = await api.get("/returns", {
        headers: { "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" },
      })
      expect(browserFrench.data).toContain('<html lang="fr">')
      const bad = await api.get("/returns?lang=xx").catch((e) => e.response)
      expect(bad.status).toEqual(400)
      expect(bad.data.message).toMatch(/'lang'.*'xx'/)

      // From source the script is bundled in memory (no build step).
      const script = await api.get("/returns/portal.js")
      expect(script.status).toEqual(200)
      expect(script.headers["content-type"]).toMatch(/^text\/javascript/)
      expect(script.data).toContain("rms-portal-config")
      expect(script.data.length).toBeGreaterThan(100_000)
    })
  },
})
