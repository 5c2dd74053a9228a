import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder, seedStoreBasics } from "../fixtures"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../src/modules/customer-notification"
import { RETURN_DISPUTE_MODULE } from "../../src/modules/return-dispute"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import { createAdminHeaders, createCustomerHeaders } from "../helpers/auth"
import { useFakeResend } from "../helpers/fake-resend"
import {
  discoverPluginRoutes,
  fillRoutePath,
  type PluginRoute,
} from "../helpers/routes"

jest.setTimeout(600 * 1000)

/**
 * Every route the plugin serves (read from src/api, so a new route is
 * covered the day its file is added), asked by four actors: nobody signed
 * in, customer A (who owns the seeded order, return request, dispute,
 * evidence and notification), customer B, and an admin. `:id`s are filled
 * with A's resources, or for admin-only resources with the first item of
 * the admin list beside the route.
 */
const routes = discoverPluginRoutes()

/** Store routes anyone may call (the rest need a signed-in customer). */
const PUBLIC_STORE_ROUTES = [
  "GET /store/loyalty/rewards",
  // Guest access: a publishable key only; rate-limited, answers alike.
  "POST /store/return-portal/guest/code",
  "POST /store/return-portal/guest/session",
]

const INTERNAL_NOTE = "Internal: customer known for wardrobing, check tags"
const PASSWORD = "supersecret" // the test password, JWT and cookie secret
const RESEND_KEY = "re_test" // medusa-config.ts
/** Keys that must appear in no answer, whoever asks. */
const SECRET_KEYS = [
  "password",
  "password_hash",
  "provider_metadata",
  "token",
  "access_token",
  "refresh_token",
  "api_key",
  "secret",
  "jwt_secret",
]

/**
 * Routes whose answer to an admin holds a secret by design: a webhook
 * endpoint's signing secret is shown once, when it is rotated (and created).
 */
const SHOWN_ONCE_TO_ADMIN = ["POST /admin/webhooks/endpoints/:id/rotate-secret"]

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex"
)

type Actor = "anonymous" | "customer A" | "customer B" | "admin"

const totals = { routes: routes.length, requests: 0, server_errors: 0 }
const violations: string[] = []

useFakeResend()

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const headersOf = {} as Record<Actor, Record<string, any>>
    const secrets: string[] = []
    /** A's ids and email: in no answer to B. */
    const ownedByA: string[] = []
    const params: Record<string, string> = {}
    /** `:id` of store routes, by the collection the id belongs to. */
    const storeIds: Record<string, string> = {}
    /** `:id` of admin routes, by the route path before `:id`. */
    const adminIds: Record<string, string> = {}
    let rawFileUrl = ""

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
      const basics = await seedStoreBasics(container)
      const publishable = {
        "x-publishable-api-key": basics.publishableKey.token,
      }
      const a = await createCustomerHeaders(
        container,
        api,
        basics.publishableKey.token
      )
      const b = await createCustomerHeaders(
        container,
        api,
        basics.publishableKey.token
      )
      const admin = await createAdminHeaders(container, api)
      headersOf.anonymous = { headers: publishable }
      headersOf["customer A"] = a.headers
      headersOf["customer B"] = b.headers
      headersOf.admin = admin.headers
      for (const h of [a.headers, b.headers, admin.headers]) {
        secrets.push(h.headers.authorization.replace(/^Bearer /, ""))
      }
      const apiKey = await container.resolve(Modules.API_KEY).createApiKeys({
        title: "Back office",
        type: "secret",
        created_by: admin.user.id,
      })
      secrets.push(apiKey.token, PASSWORD, RESEND_KEY)

      await container.resolve(RETURN_POLICY_MODULE).createReturnPolicies({
        name: "Standard",
        tier_id: null,
        return_window_days: 30,
        auto_approve_max_amount: 100,
        restocking_fee_percent: 0,
        // So the owner's exchange search answers (without, a 400 by design).
        exchanges_allowed: true,
      })
      await container
        .resolve(RETURN_POLICY_MODULE)
        .createReturnReasonCodes([{ code: "TOO_SMALL", label: "Too small" }])
      const order = await placeOrder(container, basics, {
        customer: a.customer,
        items: [{ variant_id: basics.variants[6].id, quantity: 2 }],
      })

      // A CSR return for A, with its receipt.
      const request = (
        await must(
          "a CSR return",
          api.post(
            "/admin/return-requests",
            {
              order_id: order.id,
              channel: "phone",
              contact_confirmed: true,
              items: [
                {
                  line_item_id: order.items[0].id,
                  quantity: 1,
                  reason_code: "TOO_SMALL",
                  condition: "opened",
                },
              ],
            },
            admin.headers
          )
        )
      ).return_request
      const dispute = (
        await must(
          "a dispute",
          api.post(
            "/store/disputes",
            {
              order_id: order.id,
              reason_category: "missing_item",
              claim: "One tee missing",
            },
            a.headers
          )
        )
      ).dispute
      await must(
        "an internal note",
        api.post(
          `/admin/disputes/${dispute.id}/messages`,
          { body: INTERNAL_NOTE, internal: true },
          admin.headers
        )
      )
      const form = new FormData()
      form.append("file", new Blob([PNG], { type: "image/png" }), "tags.png")
      form.append("kind", "photo")
      const evidence = (
        await must(
          "evidence",
          api.post(`/store/disputes/${dispute.id}/evidence`, form, a.headers)
        )
      ).evidence
      const stored = await container
        .resolve(RETURN_DISPUTE_MODULE)
        .retrieveDisputeEvidence(evidence.id)
      rawFileUrl = (
        await container.resolve(Modules.FILE).retrieveFile(stored.file_id)
      ).url
      secrets.push(rawFileUrl)

      // A message in A's feed (written when an email cannot be delivered).
      const notification = await container
        .resolve(CUSTOMER_NOTIFICATION_MODULE)
        .createCustomerNotifications({
          customer_id: a.customer.id,
          template: "return-approved",
          title: "Your return is approved",
          body: "Send the items back.",
          source_event: "return_request.approved",
          entity_type: "return_request",
          entity_id: request.id,
          idempotency_key: `authz-matrix:${request.id}`,
        })

      // Admin-only resources the `:id` routes need.
      await must(
        "a tier",
        api.post(
          "/admin/loyalty/tiers",
          { name: "Gold", rank: 3, min_points: 1000 },
          admin.headers
        )
      )
      await must(
        "a reward",
        api.post(
          "/admin/loyalty/rewards",
          {
            name: "€10 off",
            points_cost: 100,
            kind: "amount_off",
            value: 10,
            currency_code: "EUR",
          },
          admin.headers
        )
      )
      await must(
        "a loyalty import",
        api.post(
          "/admin/loyalty/imports",
          { csv: `email,points\n${a.customer.email},10\n` },
          admin.headers
        )
      )
      const template = (
        await must(
          "a policy template",
          api.post(
            "/admin/policy-templates",
            { title: "Goodwill", body: "We refunded you in full." },
            admin.headers
          )
        )
      ).policy_template

      // A webhook endpoint (nothing listens on port 1) and one delivery.
      const endpoint = (
        await must(
          "a webhook endpoint",
          api.post(
            "/admin/webhooks/endpoints",
            { url: "http://127.0.0.1:1/hooks", events: ["dispute.opened"] },
            admin.headers
          )
        )
      ).endpoint
      await must(
        "a webhook delivery",
        api.post(
          `/admin/webhooks/endpoints/${endpoint.id}/send-test`,
          {},
          admin.headers
        )
      )

      Object.assign(storeIds, {
        orders: order.id,
        "return-requests": request.id,
        disputes: dispute.id,
        notifications: notification.id,
      })
      Object.assign(params, {
        customer_id: a.customer.id,
        evidence_id: evidence.id,
        template_id: template.id,
        line_item_id: order.items[0].id,
      })
      ownedByA.push(
        a.customer.id,
        a.customer.email,
        order.id,
        request.id,
        dispute.id,
        evidence.id,
        notification.id
      )
      for (const route of routes) {
        const at = route.path.indexOf("/:id")
        if (route.scope !== "admin" || at < 0) {
          continue
        }
        const list = route.path.slice(0, at)
        if (adminIds[list] !== undefined) {
          continue
        }
        const collection = list.split("/").pop()!
        adminIds[list] =
          storeIds[collection] ??
          (await firstId(list, admin.headers)) ??
          `${collection}_does_not_exist`
      }
    })

    /** The id of the first item the admin list at `path` answers. */
    const firstId = async (path: string, h: Record<string, any>) => {
      const res = await api.get(path, h).catch((e) => e.response)
      if (res.status !== 200) {
        return undefined
      }
      const list = Object.values(res.data).find(Array.isArray) as
        { id?: string }[] | undefined
      return list?.find((item) => item?.id)?.id
    }

    const pathOf = (route: PluginRoute) => {
      const at = route.path.indexOf("/:id")
      const id =
        at < 0
          ? undefined
          : route.scope === "admin"
            ? adminIds[route.path.slice(0, at)]
            : storeIds[route.path.slice(0, at).split("/").pop()!]
      return fillRoutePath(route, { ...params, ...(id ? { id } : {}) })
    }

    /** Keys of a JSON answer, at any depth, that look like secrets. */
    const secretKeys = (value: unknown, at = "body"): string[] => {
      if (Array.isArray(value)) {
        return value.flatMap((v, i) => secretKeys(v, `${at}[${i}]`))
      }
      if (value && typeof value === "object") {
        return Object.entries(value).flatMap(([key, v]) => [
          ...(SECRET_KEYS.includes(key.toLowerCase()) ? [`${at}.${key}`] : []),
          ...secretKeys(v, `${at}.${key}`),
        ])
      }
      return []
    }

    const ask = async (route: PluginRoute, actor: Actor) => {
      const url = pathOf(route)
      const config = { ...headersOf[actor], responseType: "arraybuffer" }
      const res = await (
        route.method === "GET"
          ? api.get(url, config)
          : route.method === "DELETE"
            ? api.delete(url, config)
            : api.post(url, {}, config)
      ).catch((e) => e.response)
      totals.requests++
      const text = Buffer.from(res.data ?? "").toString("utf8")
      let body: unknown = null
      if (/json/.test(String(res.headers["content-type"]))) {
        body = JSON.parse(text || "null")
      }
      return { url, status: res.status as number, text, body }
    }

    /** What every answer must respect, and what this actor must get. */
    const check = async (route: PluginRoute, actor: Actor) => {
      const { url, status, text, body } = await ask(route, actor)
      const where = `${route.method} ${url} as ${actor}`
      const fail = (what: string) => violations.push(`${where}: ${what}`)
      const key = `${route.method} ${route.path}`
      const ownResource = route.params.length > 0

      if (status >= 500) {
        totals.server_errors++
        fail(`${status} ${text.slice(0, 200)}`)
      }
      for (const secret of secrets) {
        if (text.includes(secret)) {
          fail(`answers a secret (${secret.slice(0, 6)}…)`)
        }
      }
      const shownOnce =
        actor === "admin" &&
        SHOWN_ONCE_TO_ADMIN.includes(`${route.method} ${route.path}`)
      for (const found of secretKeys(body)) {
        if (!(shownOnce && found === "body.endpoint.secret")) {
          fail(`answers the key ${found}`)
        }
      }
      if (actor !== "admin") {
        if (text.includes(INTERNAL_NOTE)) {
          fail("answers an internal note")
        }
        if (/"internal":\s*true/.test(text)) {
          fail("answers a message flagged internal")
        }
      }

      if (route.scope === "public") {
        // The return portal's page and script: the same for everyone, the
        // store API behind them checks who asks.
        if (status !== 200) {
          fail(`${status} for a public page, expected 200`)
        }
        return
      }
      if (route.scope === "admin") {
        if (actor === "admin") {
          if ([401, 403].includes(status)) {
            fail(`${status} for an admin`)
          }
          if (route.method === "GET" && ownResource && status !== 200) {
            fail(`${status} for an admin reading a seeded resource`)
          }
        } else if (status !== 401) {
          fail(`${status}, expected 401`)
        }
        return
      }
      const isPublic = PUBLIC_STORE_ROUTES.includes(key)
      if (actor === "anonymous" && !isPublic && status !== 401) {
        fail(`${status}, expected 401`)
      }
      if (actor === "customer B") {
        if (ownResource && status !== 404) {
          fail(`${status} on A's resource, expected 404`)
        }
        // An id B sent (echoed in "not found") is no leak; any other is.
        for (const id of ownedByA.filter((id) => !url.includes(id))) {
          if (text.includes(id)) {
            fail(`answers A's ${id}`)
          }
        }
      }
      if (actor === "customer A") {
        if ([401, 403, 404].includes(status)) {
          fail(`${status} for the owner`)
        }
        if (route.method === "GET" && status !== 200) {
          fail(`${status} for the owner reading`)
        }
      }
    }

    // Each actor in one test: the database is restored between them, so
    // an admin's POST or DELETE cannot change what the others see.
    const ACTORS: Actor[] = ["anonymous", "customer B", "customer A", "admin"]
    it.each(ACTORS)("every plugin route, asked by %s", async (actor) => {
      const before = violations.length
      // DELETEs last: they remove what other routes read.
      const ordered = [
        ...routes.filter((r) => r.method !== "DELETE"),
        ...routes.filter((r) => r.method === "DELETE"),
      ]
      for (const route of ordered) {
        await check(route, actor)
      }
      expect(violations.slice(before)).toEqual([])
    })

    it("finds every route and fills every `:id`", () => {
      expect(routes.length).toBeGreaterThan(50)
      const unfilled = routes
        .map(pathOf)
        .filter((path) => /_does_not_exist/.test(path))
      expect(unfilled).toEqual([])
    })

    afterAll(() => {
      process.stdout.write(
        `authz matrix: ${totals.routes} routes, ${totals.requests} requests, ` +
          `${totals.server_errors} 5xx, ${violations.length} violations\n`
      )
    })
  },
})
