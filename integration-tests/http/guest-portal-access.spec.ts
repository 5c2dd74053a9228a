import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder } from "../fixtures"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../src/modules/customer-notification"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import { pruneGuestAccessWorkflow } from "../../src/workflows/portal"
import { GUEST_TOKEN_HEADER, signGuestToken } from "../../src/utils/guest-token"
import { useFakeResend } from "../helpers/fake-resend"
import { seedShop, seedStandardPolicy } from "../helpers/shop"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(300 * 1000)

// Low limits so the spec reaches them in a few requests (medusa-config.ts
// reads this when the app boots).
const LIMITS = {
  codes_per_order_per_hour: 3,
  attempts_per_order_per_hour: 8,
  requests_per_ip_per_hour: 12,
  max_wrong_codes: 3,
}
process.env.RMS_PORTAL_OPTIONS = JSON.stringify(LIMITS)

const SECRET = "supersecret" // medusa-config.ts jwtSecret in tests
const GUEST_EMAIL = "gus.guest@shop.test"
const SENT = {
  message:
    "If the details match an order, a code was sent to its email address.",
}
const INVALID = { message: "The code is invalid or has expired." }

const { emails } = useFakeResend()

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let publishable: { headers: Record<string, string> }
    let member: { headers: Record<string, string> }
    let memberId: string
    let admin: { headers: Record<string, string> }
    /** The guest's order the portal opens. */
    let guestOrder: { id: string; display_id: number; line: string }
    let guestCustomerId: string
    /** A second order of the same guest (same customer record). */
    let secondOrder: { id: string; display_id: number }
    let secondRequestId: string
    let secondDisputeId: string
    /** The signed-in member's own order, request and dispute. */
    let memberOrderId: string
    let memberRequestId: string
    let memberDisputeId: string

    const pg = () =>
      getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    const orderCustomer = async (orderId: string) => {
      const {
        data: [order],
      } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["customer_id", "customer.has_account"],
          filters: { id: orderId },
        })
      return order
    }

    /** A seeding request; its failure named, not axios' circular error. */
    const must = async (what: string, request: Promise<any>) => {
      try {
        return (await request).data
      } catch (e: any) {
        throw new Error(
          `seeding ${what}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`
        )
      }
    }

    beforeAll(async () => {
      const container = getContainer()
      const shop = await seedShop(container, api)
      await seedStandardPolicy(container)
      const { basics } = shop
      publishable = {
        headers: { "x-publishable-api-key": basics.publishableKey.token },
      }
      member = shop.headers
      memberId = shop.customer.id
      admin = shop.admin

      // Two guest checkouts with the same email: one customer, two orders.
      const placed = await placeOrder(container, basics, {
        customer: { email: GUEST_EMAIL, first_name: "Gus" },
        items: [{ variant_id: basics.variants[0].id, quantity: 2 }],
      })
      guestOrder = { ...placed, line: placed.items[0].id }
      const second = await placeOrder(container, basics, {
        customer: { email: GUEST_EMAIL, first_name: "Gus" },
        items: [{ variant_id: basics.variants[1].id, quantity: 1 }],
      })
      secondOrder = second
      const memberOrder = await placeOrder(container, basics, {
        customer: shop.customer,
        items: [{ variant_id: basics.variants[2].id, quantity: 1 }],
      })
      memberOrderId = memberOrder.id

      const guest = await orderCustomer(guestOrder.id)
      guestCustomerId = guest.customer_id
      expect(guest.customer.has_account).toBe(false)
      expect((await orderCustomer(second.id)).customer_id).toBe(guestCustomerId)

      // The second order's request and dispute, made by customer service.
      secondRequestId = (
        await must(
          "a CSR return",
          api.post(
            "/admin/return-requests",
            {
              order_id: second.id,
              channel: "phone",
              contact_confirmed: true,
              items: [
                {
                  line_item_id: second.items[0].id,
                  quantity: 1,
                  reason_code: "TOO_SMALL",
                  condition: "opened",
                },
              ],
            },
            admin
          )
        )
      ).return_request.id
      secondDisputeId = (
        await must(
          "a dispute",
          api.post(
            "/admin/disputes",
            {
              order_id: second.id,
              reason_category: "missing_item",
              claim: "One item never arrived",
            },
            admin
          )
        )
      ).dispute.id
      memberRequestId = (
        await must(
          "a member's return",
          api.post(
            "/store/return-requests",
            {
              order_id: memberOrder.id,
              items: [
                {
                  line_item_id: memberOrder.items[0].id,
                  quantity: 1,
                  reason_code: "TOO_SMALL",
                },
              ],
            },
            member
          )
        )
      ).return_request.id
      memberDisputeId = (
        await must(
          "a member's dispute",
          api.post(
            "/store/disputes",
            {
              order_id: memberOrder.id,
              reason_category: "missing_item",
              claim: "The box was empty",
            },
            member
          )
        )
      ).dispute.id
      await utils.waitWorkflowExecutions()
    })

    const post = (url: string, body: unknown, config = publishable) =>
      api.post(url, body, config).catch((e: any) => e.response)
    const get = (url: string, config: unknown) =>
      api.get(url, config).catch((e: any) => e.response)

    const askCode = (body: Record<string, unknown>) =>
      post("/store/return-portal/guest/code", body)
    const openSession = (body: Record<string, unknown>) =>
      post("/store/return-portal/guest/session", body)

    // The mail catcher outlives the database restore between tests.
    let sentBefore = 0
    beforeEach(() => {
      sentBefore = emails().length
    })
    /** This test's code emails for an order, English or French. */
    const codeEmails = (displayId: number) =>
      emails()
        .slice(sentBefore)
        .filter((e) =>
          new RegExp(`(order|commande) #${displayId}$`).test(
            String(e.body.subject)
          )
        )

    /** Asks for a code for the guest order and reads it from the email. */
    const codeFromEmail = async (locale?: string) => {
      const before = codeEmails(guestOrder.display_id).length
      const res = await askCode({
        order_number: guestOrder.display_id,
        email: GUEST_EMAIL,
        ...(locale ? { locale } : {}),
      })
      expect(res.status).toBe(202)
      const email = await waitFor(
        () => codeEmails(guestOrder.display_id)[before],
        "the code email"
      )
      const code = String(email.body.text).match(/\b(\d{6})\b/)?.[1]
      expect(code).toBeDefined()
      return { code: code!, email }
    }

    const guestHeaders = (token: string) => ({
      headers: { ...publishable.headers, [GUEST_TOKEN_HEADER]: token },
    })

    const guestSession = async () => {
      const { code } = await codeFromEmail()
      const res = await openSession({
        order_number: guestOrder.display_id,
        email: GUEST_EMAIL,
        code,
      })
      expect(res.status).toBe(200)
      return guestHeaders(res.data.token)
    }

    it("emails a code for a guest order, and the session files a return on it", async () => {
      // Typed as people do: "#", other case, spaces.
      const res = await askCode({
        order_number: `#${guestOrder.display_id}`,
        email: `  ${GUEST_EMAIL.toUpperCase()} `,
      })
      expect(res.status).toBe(202)
      expect(res.data).toEqual(SENT)

      const email = await waitFor(
        () => codeEmails(guestOrder.display_id)[0],
        "the code email"
      )
      expect(email.body.to).toEqual(GUEST_EMAIL)
      expect(email.body.text).toContain("Hi Gus,")
      expect(email.body.text).toContain("expires in 15 minutes")
      const code = String(email.body.text).match(/\b(\d{6})\b/)![1]

      // Stored as a hash only, and sent through the notification log.
      const { rows } = await pg().raw(
        `SELECT code_hash, failed_attempts FROM guest_access_code WHERE order_id = ?`,
        [guestOrder.id]
      )
      expect(rows).toHaveLength(1)
      expect(rows[0].code_hash).toMatch(/^[0-9a-f]{64}$/)
      expect(rows[0].code_hash).not.toContain(code)
      // Logged once the provider has answered, a moment after the send.
      const attempt = await waitFor(
        async () =>
          (
            await getContainer()
              .resolve(CUSTOMER_NOTIFICATION_MODULE)
              .listNotificationAttempts({ template: "guest-access-code" })
          )[0],
        "the attempt log entry"
      )
      expect(attempt).toEqual(
        expect.objectContaining({
          status: "sent",
          recipient: "g***@shop.test",
          customer_id: guestCustomerId,
          event: "return_portal.guest_code_requested",
        })
      )

      const session = await openSession({
        order_number: guestOrder.display_id,
        email: GUEST_EMAIL,
        code,
      })
      expect(session.status).toBe(200)
      expect(session.data.order_id).toBe(guestOrder.id)
      const life = new Date(session.data.expires_at).getTime() - Date.now()
      expect(life).toBeGreaterThan(119 * 60_000)
      expect(life).toBeLessThanOrEqual(120 * 60_000)
      const guest = guestHeaders(session.data.token)

      const eligibility = await get(
        `/store/orders/${guestOrder.id}/return-eligibility`,
        guest
      )
      expect(eligibility.status).toBe(200)
      expect(eligibility.data.eligibility.order_id).toBe(guestOrder.id)

      const created = await post(
        "/store/return-requests",
        {
          order_id: guestOrder.id,
          items: [
            {
              line_item_id: guestOrder.line,
              quantity: 1,
              reason_code: "TOO_SMALL",
            },
          ],
        },
        guest
      )
      expect(created.status).toBe(200)
      const request = created.data.return_request
      expect(request.order_id).toBe(guestOrder.id)
      // The store answer carries no customer id: ask the module whose it is.
      const [stored] = await getContainer()
        .resolve(RETURN_POLICY_MODULE)
        .listReturnRequests({ id: request.id })
      expect(stored.customer_id).toBe(guestCustomerId)

      const read = await get(`/store/return-requests/${request.id}`, guest)
      expect(read.status).toBe(200)
      expect(read.data.return_request.rma_number).toBe(request.rma_number)

      // The same customer's other order is not listed to this session.
      const list = await get("/store/return-portal/return-requests", guest)
      expect(list.data.return_requests.map((r: any) => r.id)).toEqual([
        request.id,
      ])
      const disputes = await get("/store/return-portal/disputes", guest)
      expect(disputes.status).toBe(200)
      expect(disputes.data.disputes).toEqual([])
    })

    it("answers an unknown order and a wrong email like a match, and sends nothing", async () => {
      const unknown = await askCode({
        order_number: 987654,
        email: GUEST_EMAIL,
      })
      const wrongEmail = await askCode({
        order_number: guestOrder.display_id,
        email: "someone.else@shop.test",
        locale: "fr",
      })
      for (const res of [unknown, wrongEmail]) {
        expect(res.status).toBe(202)
        expect(res.data).toEqual(SENT)
      }
      await utils.waitWorkflowExecutions()
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(codeEmails(guestOrder.display_id)).toHaveLength(0)
      const { rows } = await pg().raw(`SELECT id FROM guest_access_code`)
      expect(rows).toEqual([])

      // The two unknown-or-wrong requests were counted; counters and codes
      // from days ago go in the nightly clean-up, this hour's stay.
      await pg().raw(
        `INSERT INTO portal_rate_limit (id, scope, key, window_start, count)
         VALUES ('prl_old', 'ip', '203.0.113.7', now() - interval '8 days', 4)`
      )
      await pg().raw(
        `INSERT INTO guest_access_code (id, order_id, code_hash, expires_at)
         VALUES ('gac_old', ?, 'x', now() - interval '8 days')`,
        [guestOrder.id]
      )
      const { result: pruned } = await pruneGuestAccessWorkflow(
        getContainer()
      ).run({ input: {} })
      expect(pruned).toEqual({ codes: 1, counters: 1 })
      const { rows: counters } = await pg().raw(
        `SELECT scope, key, count FROM portal_rate_limit ORDER BY scope`
      )
      expect(counters).toHaveLength(3)
      expect(counters).toEqual(
        expect.arrayContaining([
          { scope: "code:order", key: "987654", count: 1 },
          {
            scope: "code:order",
            key: String(guestOrder.display_id),
            count: 1,
          },
          { scope: "ip", key: expect.any(String), count: 2 },
        ])
      )

      const bad = await askCode({ order_number: "12ab", email: "not-an-email" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/order_number|email/)
    })

    it("refuses a wrong, a reused and an expired code with the same 401", async () => {
      const { code, email } = await codeFromEmail("fr")
      expect(email.body.subject).toBe(
        `Votre code de retour pour la commande #${guestOrder.display_id}`
      )
      const pair = { order_number: guestOrder.display_id, email: GUEST_EMAIL }
      const wrong = code === "000000" ? "000001" : "000000"

      const wrongCode = await openSession({ ...pair, code: wrong })
      expect(wrongCode.status).toBe(401)
      expect(wrongCode.data).toEqual(INVALID)

      expect((await openSession({ ...pair, code })).status).toBe(200)
      const reused = await openSession({ ...pair, code })
      expect(reused.status).toBe(401)
      expect(reused.data).toEqual(INVALID)

      const second = await codeFromEmail()
      await pg().raw(
        `UPDATE guest_access_code SET expires_at = now() - interval '1 second'
         WHERE used_at IS NULL`
      )
      const expired = await openSession({ ...pair, code: second.code })
      expect(expired.status).toBe(401)
      expect(expired.data).toEqual(INVALID)
    })

    it("burns no code on a wrong email, and ends a code after too many wrong tries", async () => {
      const pair = { order_number: guestOrder.display_id, email: GUEST_EMAIL }
      const first = await codeFromEmail()
      const wrongPair = await openSession({
        ...pair,
        email: "someone.else@shop.test",
        code: first.code,
      })
      expect(wrongPair.status).toBe(401)
      expect(wrongPair.data).toEqual(INVALID)
      expect((await openSession({ ...pair, code: first.code })).status).toBe(
        200
      )

      const { code } = await codeFromEmail()
      const wrong = code === "000000" ? "000001" : "000000"
      for (let i = 0; i < LIMITS.max_wrong_codes; i++) {
        expect((await openSession({ ...pair, code: wrong })).status).toBe(401)
      }
      const worn = await openSession({ ...pair, code })
      expect(worn.status).toBe(401)
      expect(worn.data).toEqual(INVALID)
    })

    it("rate-limits codes per order number, known or not, and requests per IP", async () => {
      const perOrder = async (order_number: number, email: string) => {
        const statuses: number[] = []
        for (let i = 0; i <= LIMITS.codes_per_order_per_hour; i++) {
          statuses.push((await askCode({ order_number, email })).status)
        }
        return statuses
      }
      const allowed = Array(LIMITS.codes_per_order_per_hour).fill(202)
      expect(await perOrder(guestOrder.display_id, GUEST_EMAIL)).toEqual([
        ...allowed,
        429,
      ])
      expect(await perOrder(987654, GUEST_EMAIL)).toEqual([...allowed, 429])
      await waitFor(
        () =>
          codeEmails(guestOrder.display_id).length ===
          LIMITS.codes_per_order_per_hour,
        "one email per accepted request"
      )

      // 8 requests so far from this IP; the 13th is over the limit.
      const used = 2 * (LIMITS.codes_per_order_per_hour + 1)
      const statuses: number[] = []
      for (let i = used; i <= LIMITS.requests_per_ip_per_hour; i++) {
        statuses.push(
          (await askCode({ order_number: 500000 + i, email: GUEST_EMAIL }))
            .status
        )
      }
      expect(statuses).toEqual([
        ...Array(LIMITS.requests_per_ip_per_hour - used).fill(202),
        429,
      ])
      const limited = await openSession({
        order_number: guestOrder.display_id,
        email: GUEST_EMAIL,
        code: "123456",
      })
      expect(limited.status).toBe(429)
      expect(limited.data.message).toMatch(/Too many attempts/)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(codeEmails(guestOrder.display_id)).toHaveLength(
        LIMITS.codes_per_order_per_hour
      )
    })

    it("keeps a guest session on its one order, and members' sessions as they were", async () => {
      const guest = await guestSession()

      for (const orderId of [secondOrder.id, memberOrderId]) {
        const res = await get(
          `/store/orders/${orderId}/return-eligibility`,
          guest
        )
        expect(res.status).toBe(404)
      }
      for (const url of [
        `/store/return-requests/${secondRequestId}`,
        `/store/return-requests/${memberRequestId}`,
        `/store/disputes/${secondDisputeId}`,
        `/store/disputes/${memberDisputeId}`,
      ]) {
        expect([url, (await get(url, guest)).status]).toEqual([url, 404])
      }
      for (const [url, body] of [
        [`/store/return-requests/${secondRequestId}/cancel`, {}],
        [`/store/disputes/${secondDisputeId}/messages`, { body: "Hello?" }],
        [
          "/store/return-requests",
          {
            order_id: secondOrder.id,
            items: [
              {
                line_item_id: guestOrder.line,
                quantity: 1,
                reason_code: "TOO_SMALL",
              },
            ],
          },
        ],
        [
          "/store/disputes",
          {
            order_id: secondOrder.id,
            reason_category: "missing_item",
            claim: "Missing",
          },
        ],
        [
          "/store/disputes",
          {
            order_id: guestOrder.id,
            return_request_id: secondRequestId,
            reason_category: "missing_item",
            claim: "Missing",
          },
        ],
      ] as [string, Record<string, unknown>][]) {
        expect([url, (await post(url, body, guest)).status]).toEqual([url, 404])
      }
      const lists = await Promise.all([
        get("/store/return-portal/return-requests", guest),
        get("/store/return-portal/disputes", guest),
      ])
      expect(lists.map((r) => r.status)).toEqual([200, 200])
      expect(lists[0].data.return_requests).toEqual([])
      expect(lists[1].data.disputes).toEqual([])

      // The guest token opens no member-only route, nor Medusa's own.
      const token = guest.headers[GUEST_TOKEN_HEADER]
      for (const res of [
        await get("/store/customers/me/loyalty", guest),
        await get("/store/customers/me/notifications", guest),
        await get("/store/customers/me", {
          headers: { ...publishable.headers, authorization: `Bearer ${token}` },
        }),
      ]) {
        expect(res.status).toBe(401)
      }
      // Tampered, foreign-signed and expired tokens are refused.
      const forged = signGuestToken(
        { order_id: secondOrder.id, customer_id: guestCustomerId },
        "not-the-secret",
        3600
      ).token
      const expired = signGuestToken(
        { order_id: guestOrder.id, customer_id: guestCustomerId },
        SECRET,
        60,
        new Date(Date.now() - 3600_000)
      ).token
      const tampered = token.replace(/.$/, (c: string) =>
        c === "A" ? "B" : "A"
      )
      for (const bad of [forged, expired, tampered, ""]) {
        const res = await get(
          `/store/orders/${guestOrder.id}/return-eligibility`,
          guestHeaders(bad)
        )
        expect(res.status).toBe(401)
      }

      // A member holding a guest token too still lists only their own
      // there: /store/customers/me* ignores guest tokens.
      const both = {
        headers: { ...member.headers, [GUEST_TOKEN_HEADER]: token },
      }
      for (const url of [
        "/store/customers/me/return-requests",
        "/store/customers/me/disputes",
      ]) {
        const res = await get(url, both)
        expect(res.status).toBe(200)
        expect(
          (res.data.return_requests ?? res.data.disputes).map((r: any) => r.id)
        ).toEqual([
          url.endsWith("disputes") ? memberDisputeId : memberRequestId,
        ])
      }

      // The member still sees their own, and not the guest's order.
      const mine = await get("/store/return-portal/return-requests", member)
      expect(mine.data.return_requests.map((r: any) => r.id)).toEqual([
        memberRequestId,
      ])
      expect(
        (await get(`/store/disputes/${memberDisputeId}`, member)).status
      ).toBe(200)
      expect(
        (await get(`/store/orders/${guestOrder.id}/return-eligibility`, member))
          .status
      ).toBe(404)
      expect(memberId).toBeTruthy()
    })
  },
})
