import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder, seedStoreBasics } from "../fixtures"
import middlewares from "../../src/api/middlewares"
import {
  MAX_BODY_DEPTH,
  PLUGIN_ROUTE_PREFIXES,
} from "../../src/api/utils/bad-input-guard"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../src/modules/customer-notification"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import { templateNames } from "../../src/emails"
import { createAdminHeaders, createCustomerHeaders } from "../helpers/auth"
import { discoverPluginRoutes, PluginRoute } from "../helpers/routes"
import {
  arrayElement,
  fieldMutations,
  INJECTIONS,
  kindOf,
  objectShape,
  safeParses,
  sampleObject,
  unwrap,
} from "../helpers/zod-samples"

jest.setTimeout(300 * 1000)

/**
 * Bad input on every plugin route, generated from the route files and their
 * validators, so a new route is covered without editing this suite. Every
 * answer must be a 4xx (never a 5xx, never a 2xx for garbage), and no row of
 * the plugin's tables or of the core tables it writes may change.
 */

const ROUTES = discoverPluginRoutes()
const CONCURRENCY = 4
// Dry runs answer a business refusal with a 200 by contract (nothing is
// written): for them an unknown id is an answer, not an error.
const DRY_RUN = /\/preview$/
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex"
)

type Schema = any
type Expect = "4xx" | "not-5xx" | "2xx"
type Case = {
  label: string
  method: PluginRoute["method"]
  url: string
  body?: unknown
  raw?: string
  form?: Record<string, string>
  expect: Expect
}

/**
 * Body and query schemas each route's middlewares validate with (kept on
 * the middleware by `validateBody`/`validateQuery`), and whether a body
 * validator runs at all (Medusa's own is a function named `validateBody`).
 */
const schemasOf = (route: PluginRoute) => {
  let body: Schema | undefined
  let query: Schema | undefined
  let validatesBody = false
  for (const entry of middlewares.routes ?? []) {
    const methods = entry.methods ?? entry.method
    const list = Array.isArray(methods) ? methods : methods ? [methods] : []
    if (entry.matcher !== route.path || !list.includes(route.method)) {
      continue
    }
    for (const mw of entry.middlewares ?? []) {
      body = (mw as any).bodySchema ?? body
      query = (mw as any).querySchema ?? query
      validatesBody ||= (mw as any).name === "validateBody"
    }
  }
  return { body, query, validatesBody }
}

const matchesPrefix = (path: string, prefix: string) => {
  const pattern = new RegExp(
    "^" + prefix.replace(/:[a-z_]+/g, "[^/]+").replace(/\//g, "\\/")
  )
  return pattern.test(path)
}

// Plain checks on the route files: no Medusa boot, no database.
describe("bad-input suite coverage", () => {
  it("every plugin route sits under a prefix the bad-input guard covers", () => {
    const uncovered = ROUTES.filter(
      (r) => !PLUGIN_ROUTE_PREFIXES.some((p) => matchesPrefix(r.path, p))
    ).map((r) => `${r.method} ${r.path}`)
    expect(uncovered).toEqual([])
  })

  it("every POST route validates its body", () => {
    const missing = ROUTES.filter(
      (r) => r.method === "POST" && !schemasOf(r).validatesBody
    ).map((r) => r.path)
    expect(missing).toEqual([])
  })
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let admin: Record<string, any>
    let store: Record<string, any>
    /** Seeded ids by body/query field name. */
    let ids: Record<string, string>
    /** Seeded ids by path prefix, for `:id`-style params. */
    let pathIds: [string, string][]
    let tables: string[]

    const totals = {
      routes: 0,
      requests: 0,
      fiveXx: 0,
      violations: 0,
      started: Date.now(),
    }

    beforeAll(async () => {
      const container = getContainer()
      const basics = await seedStoreBasics(container)
      const { headers: adminHeaders, user } = await createAdminHeaders(
        container,
        api
      )
      const { headers: storeHeaders, customer } = await createCustomerHeaders(
        container,
        api,
        basics.publishableKey.token,
        { first_name: "Fuzz", last_name: "Customer" }
      )
      admin = adminHeaders
      store = storeHeaders

      const returnPolicy = container.resolve(RETURN_POLICY_MODULE)
      const policy = await returnPolicy.createReturnPolicies({
        name: "Standard",
        tier_id: null,
        return_window_days: 30,
        auto_approve_max_amount: 100,
        restocking_fee_percent: 0,
      })
      const [reasonCode] = await returnPolicy.createReturnReasonCodes([
        { code: "TOO_SMALL", label: "Too small" },
      ])
      const loyalty = container.resolve(LOYALTY_PROGRAM_MODULE)
      const [tier] = await loyalty.createLoyaltyTiers([
        { name: "Member", rank: 0 },
      ])
      const [reward] = await loyalty.createLoyaltyRewards([
        { name: "Ten off", points_cost: 100, kind: "percent_off", value: 10 },
      ])

      const order = await placeOrder(container, basics, {
        customer,
        items: [
          { variant_id: basics.variants[6].id, quantity: 2 },
          { variant_id: basics.variants[0].id, quantity: 2 },
        ],
      })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [placed],
      } = await query.graph({
        entity: "order",
        fields: ["items.id", "items.variant_id"],
        filters: { id: order.id },
      })
      const line = placed.items.find(
        (i) => i!.variant_id === basics.variants[0].id
      )!.id

      // Above auto-approval: waits for review, so approve/reject have a target.
      const request = (
        await api.post(
          "/store/return-requests",
          {
            order_id: order.id,
            items: [
              { line_item_id: line, quantity: 2, reason_code: "TOO_SMALL" },
            ],
          },
          store
        )
      ).data.return_request
      const dispute = (
        await api.post(
          "/admin/disputes",
          {
            order_id: order.id,
            reason_category: "refund_amount",
            claim: "The refund was short",
          },
          admin
        )
      ).data.dispute
      const template = (
        await api.post(
          "/admin/policy-templates",
          { title: "Worn items", body: "Outside our policy." },
          admin
        )
      ).data.policy_template

      const notifications = container.resolve(CUSTOMER_NOTIFICATION_MODULE)
      const [attempt] = await notifications.createNotificationAttempts([
        {
          idempotency_key: `fuzz:${request.id}:return-received`,
          event: "order.return_received",
          template: templateNames[0],
          channel: "email",
          recipient: "f***@example.com",
          status: "failed",
          error: "seeded failure",
          entity_type: "return_request",
          entity_id: request.id,
          customer_id: customer.id,
          data: {},
        },
      ])
      const [feedItem] = await notifications.createCustomerNotifications([
        {
          customer_id: customer.id,
          template: templateNames[0],
          title: "Seeded",
          body: "Seeded feed item",
          source_event: "fuzz",
          idempotency_key: `fuzz-feed:${customer.id}`,
        },
      ])

      ids = {
        order_id: order.id,
        line_item_id: line,
        return_request_id: request.id,
        reward_id: reward.id,
        tier_id: tier.id,
        policy_template_id: template.id,
        assignee_id: user.id,
        customer_id: customer.id,
        return_shipping_option_id: basics.returnShippingOption.id,
        reason_code: reasonCode.code,
        "items.reason_code": reasonCode.code,
      }
      pathIds = [
        ["/admin/disputes/", dispute.id],
        ["/admin/loyalty/accounts/", customer.id],
        ["/admin/loyalty/rewards/", reward.id],
        ["/admin/loyalty/tiers/", tier.id],
        ["/admin/notification-templates/", templateNames[0]],
        ["/admin/notifications-log/", attempt.id],
        ["/admin/policy-templates/", template.id],
        ["/admin/return-policies/", policy.id],
        ["/admin/return-reason-codes/", reasonCode.id],
        ["/admin/return-requests/", request.id],
        ["/store/customers/me/notifications/", feedItem.id],
        ["/store/disputes/", dispute.id],
        ["/store/orders/", order.id],
        ["/store/return-requests/", request.id],
      ]

      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
           AND (table_name ~ '^(loyalty_|return|dispute|policy_template|customer_notification|notification|promotion|refund|order_change|payment|guest_access_code|portal_rate_limit)'
                OR table_name ~ '(loyalty|return_request|dispute|returnpolicy|returndispute)')
           -- The report rollups are folded from trigger-fed change logs by a
           -- job every 10 minutes, whichever route is being fuzzed then; a
           -- stray write still shows in the source table that fed them.
           AND table_name !~ '_report_'
         ORDER BY table_name`
      )
      tables = rows.map((r: { table_name: string }) => r.table_name)

      // The seed's subscribers (points, emails and their feed fallback)
      // settle before the database is snapshotted and watched.
      let last = ""
      for (let i = 0; i < 30; i++) {
        await utils.waitWorkflowExecutions()
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const now = JSON.stringify(await fingerprint())
        if (now === last) {
          break
        }
        last = now
      }
    })

    afterAll(() => {
      process.stdout.write(
        `\nbad-input fuzz: ${totals.routes} routes, ${totals.requests} requests, ` +
          `${totals.fiveXx} 5xx, ${totals.violations} violations, ` +
          `${((Date.now() - totals.started) / 1000).toFixed(1)} s\n`
      )
    })

    /** Row count and content hash of every watched table. */
    const fingerprint = async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const sql = tables
        .map(
          (t) =>
            `SELECT '${t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(md5(x::text), ',' ORDER BY md5(x::text)), '')) AS h FROM "${t}" x`
        )
        .join(" UNION ALL ")
      const { rows } = await pg.raw(sql)
      return Object.fromEntries(
        rows.map((r: { t: string; n: number; h: string }) => [
          r.t,
          `${r.n}:${r.h}`,
        ])
      ) as Record<string, string>
    }

    const pathValue = (route: PluginRoute) => {
      const match = pathIds
        .filter(([prefix]) => route.path.startsWith(prefix))
        .sort((a, b) => b[0].length - a[0].length)[0]
      return match?.[1]
    }

    const foreignFor = (own: string | undefined) =>
      Object.values(ids).find((id) => id !== own && /_/.test(id)) ?? "x_1"

    const urlWith = (route: PluginRoute, param: string) =>
      route.path.replace(/:[a-z_]+/, param)

    const query = (params: Record<string, string>) =>
      "?" +
      Object.entries(params)
        .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
        .join("&")

    const casesFor = (route: PluginRoute): Case[] => {
      const { body: bodySchema, query: querySchema } = schemasOf(route)
      const own = pathValue(route)
      const url = route.params.length
        ? urlWith(route, encodeURIComponent(own ?? "id_does_not_exist"))
        : route.path
      const cases: Case[] = []
      const base =
        route.method === "POST" && bodySchema
          ? sampleObject(bodySchema, ids)
          : undefined
      const add = (label: string, c: Partial<Case>, expect: Expect = "4xx") =>
        cases.push({ label, method: route.method, url, expect, ...c })

      // Path ids: nonexistent, NUL, injection, oversized, another kind's id.
      if (route.params.length) {
        const foreign = foreignFor(own)
        const injection = INJECTIONS[route.path.length % INJECTIONS.length]
        const variants: [string, string][] = [
          ["nonexistent id", "id_does_not_exist"],
          ["NUL in id", `${encodeURIComponent(own ?? "x")}%00`],
          ["foreign id", encodeURIComponent(foreign)],
          ["10 KB id", "x".repeat(10_000)],
          [`injection id ${injection}`, encodeURIComponent(injection)],
        ]
        for (const [label, value] of variants) {
          add(`path: ${label}`, {
            url: urlWith(route, value),
            body: base,
          })
        }
      }

      if (route.method === "POST") {
        if (!bodySchema) {
          // No schema kept on the middleware (Medusa's own validator, or
          // none): generic payloads a strict body validator refuses.
          add("generic body: unknown field", { body: { zz_unknown: 1 } })
          add("generic body: NUL", { body: { zz_unknown: "a\u0000b" } })
          add("generic body: array", { body: [{ zz_unknown: 1 }] })
          add("generic body: invalid JSON", { raw: '{"a": ' })
        } else {
          const mutate = (
            path: string[],
            value: unknown,
            remove?: boolean
          ): Record<string, unknown> => {
            const copy = structuredClone(base!)
            let target: any = copy
            for (const key of path.slice(0, -1)) {
              target = target[key]
            }
            const last = path[path.length - 1]
            if (remove) {
              delete target[last]
            } else {
              target[last] = value
            }
            return copy
          }
          const fields: [string[], string, Schema][] = []
          for (const [key, field] of Object.entries(objectShape(bodySchema))) {
            fields.push([[key], key, field])
            const element = arrayElement(field)
            if (element && kindOf(element) === "object") {
              if (!Array.isArray(base![key]) || !(base![key] as []).length) {
                base![key] = [sampleObject(element, ids)]
              }
              for (const [inner, f] of Object.entries(objectShape(element))) {
                fields.push([[key, "0", inner], inner, f])
              }
            }
            if (kindOf(field) === "object" && base![key]) {
              for (const [inner, f] of Object.entries(objectShape(field))) {
                fields.push([[key, inner], inner, f])
              }
            }
          }
          fields.forEach(([path, name, field], index) => {
            for (const m of fieldMutations(
              name,
              field,
              foreignFor(ids[name]),
              index,
              path.length === 1
            )) {
              const semantic = /^(nonexistent id|foreign id|injection)/.test(
                m.label
              )
              add(
                `body ${path.join(".")}: ${m.label}`,
                { body: mutate(path, m.value, m.remove) },
                semantic && DRY_RUN.test(route.path) ? "not-5xx" : "4xx"
              )
            }
          })
          add("body: unknown field", { body: { ...base, zz_unknown: 1 } })
          add("body: array", { body: [base] })
          add("body: JSON string", {
            raw: JSON.stringify("just text"),
          })
          add("body: invalid JSON", { raw: '{"a": ' })
          add("body: __proto__", {
            raw: JSON.stringify(base).replace(
              /^\{/,
              '{"__proto__":{"polluted":true},'
            ),
          })
          let nested: unknown = "deep"
          for (let i = 0; i < 2000; i++) {
            nested = { a: nested }
          }
          add(`body: nested 2000 deep (max ${MAX_BODY_DEPTH})`, {
            body: { ...base, zz_nested: nested },
          })
          if (!safeParses(bodySchema, {})) {
            add("body: empty", { body: {} })
          }
          if (/\/evidence$/.test(route.path)) {
            add("multipart: unknown kind", { form: { kind: "selfie" } })
            add("multipart: 100 KB description", {
              form: { kind: "photo", description: "x".repeat(100_000) },
            })
            add("multipart: NUL description", {
              form: { kind: "photo", description: "a\u0000b" },
            })
            add("multipart: unknown field", {
              form: { kind: "photo", zz_unknown: "1" },
            })
          }
        }
      }

      // Query: pagination, order, unknown and bad parameters.
      add("query: NUL", { url: url + query({ zz: "a\u0000b" }), body: base })
      if (route.method === "GET") {
        const shape = querySchema ? objectShape(querySchema) : {}
        add(
          "query: unknown parameter",
          { url: url + query({ zz_unknown: "1" }) },
          querySchema ? "4xx" : "not-5xx"
        )
        if ("limit" in shape) {
          for (const [label, params] of [
            ["limit=-1", { limit: "-1" }],
            ["limit=1.5", { limit: "1.5" }],
            ["limit=abc", { limit: "abc" }],
            ["limit=100001", { limit: "100001" }],
            ["offset=-1", { offset: "-1" }],
            ["offset=2147483648", { offset: "2147483648" }],
            ["order unknown", { order: "zz_unknown" }],
            ["order -unknown", { order: "-zz_unknown" }],
            ["order injection", { order: "created_at; DROP TABLE x" }],
          ] as [string, Record<string, string>][]) {
            add(`query: ${label}`, { url: url + query(params) })
          }
          // Each sortable field the validator allows must sort for real.
          const order = unwrap(shape.order)._zod.def
          for (const value of order.type === "enum"
            ? Object.values(order.entries as Record<string, string>)
            : []) {
            add(
              `query: allowed order=${value}`,
              { url: url + query({ order: value, limit: "1" }) },
              "2xx"
            )
          }
          // Medusa drops unknown `fields` rather than refusing them.
          add(
            "query: fields unknown",
            { url: url + query({ fields: "zz_unknown_field" }) },
            "not-5xx"
          )
        }
        for (const [key, field] of Object.entries(shape)) {
          if (["limit", "offset", "order", "fields"].includes(key)) {
            continue
          }
          const kind = kindOf(field)
          if (kind === "string" || kind === "union") {
            add(`query ${key}: 5 KB`, {
              url: url + query({ [key]: "x".repeat(5000) }),
            })
            add(`query ${key}: NUL`, {
              url: url + query({ [key]: "a\u0000b" }),
            })
            const text = INJECTIONS[key.length % INJECTIONS.length]
            add(
              `query ${key}: injection ${text}`,
              { url: url + query({ [key]: text }) },
              "not-5xx"
            )
          }
          if (kind === "enum") {
            add(`query ${key}: unknown choice`, {
              url: url + query({ [key]: "not_a_choice" }),
            })
          }
          if (kind === "date") {
            add(`query ${key}: not a date`, {
              url: url + query({ [key]: "not-a-date" }),
            })
            add(`query ${key}: year 200000`, {
              url: url + query({ [key]: "+200000-01-01" }),
            })
          }
          if (kind === "object") {
            add(`query ${key}: deep`, {
              url: url + `?${key}[a][b][c][d]=1`,
            })
          }
        }
      }
      return cases
    }

    const send = async (route: PluginRoute, c: Case) => {
      const auth = route.scope === "admin" ? admin : store
      const config: Record<string, any> = {
        ...auth,
        headers: { ...auth.headers },
      }
      try {
        if (c.method === "GET") {
          return await api.get(c.url, config)
        }
        if (c.method === "DELETE") {
          return await api.delete(c.url, config)
        }
        if (c.form) {
          const form = new FormData()
          form.append("file", new Blob([PNG], { type: "image/png" }), "a.png")
          for (const [k, v] of Object.entries(c.form)) {
            form.append(k, v)
          }
          return await api.post(c.url, form, config)
        }
        if (c.raw !== undefined) {
          config.headers["content-type"] = "application/json"
          config.transformRequest = [(data: unknown) => data]
          return await api.post(c.url, c.raw, config)
        }
        return await api.post(c.url, c.body ?? {}, config)
      } catch (e: any) {
        if (e.response) {
          return e.response
        }
        return { status: 0, data: { message: String(e.message ?? e) } }
      }
    }

    it("answers bad input on every plugin route with a 4xx and writes nothing", async () => {
      const problems: Record<string, string[]> = {}
      for (const route of ROUTES) {
        const cases = casesFor(route)
        const found: string[] = []
        const before = await fingerprint()
        let next = 0
        const worker = async () => {
          while (next < cases.length) {
            const c = cases[next++]
            const res = await send(route, c)
            totals.requests++
            const status = res.status as number
            if (status >= 500 || status === 0) {
              totals.fiveXx++
            }
            const ok =
              c.expect === "4xx"
                ? status >= 400 && status < 500
                : c.expect === "2xx"
                  ? status >= 200 && status < 300
                  : status > 0 && status < 500
            if (!ok) {
              found.push(
                `${c.label} -> ${status} ${String(
                  res.data?.message ?? ""
                ).slice(0, 160)}`
              )
            }
          }
        }
        await Promise.all(Array.from({ length: CONCURRENCY }, worker))
        await utils.waitWorkflowExecutions()
        const after = await fingerprint()
        const changed = Object.keys(after).filter((t) => after[t] !== before[t])
        if (changed.length) {
          found.push(`rows written in: ${changed.join(", ")}`)
        }
        totals.routes++
        totals.violations += found.length
        if (found.length) {
          problems[`${route.method} ${route.path}`] = found
        }
      }
      expect(problems).toEqual({})
    })
  },
})
