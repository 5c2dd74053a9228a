import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder, seedStoreBasics, StoreBasics } from "../fixtures"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import { createAdminHeaders, createCustomerHeaders } from "../helpers/auth"
import { refreshReportRollupsWorkflow } from "../../src/workflows/reports"
import { openDisputeWorkflow } from "../../src/workflows/disputes"
import { seedOncePerFile } from "../helpers/shop"

jest.setTimeout(300 * 1000)

const HOUR = 3600

type Seeded = {
  gold: { id: string; name: string }
  requests: Record<string, { id: string }>
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    const { api, getContainer } = options
    let basics: StoreBasics
    let admin: Record<string, any>

    seedOncePerFile(options, async () => {
      basics = await seedStoreBasics(getContainer())
      ;({ headers: admin } = await createAdminHeaders(getContainer(), api))
    })

    const report = (query: string, headers = admin) =>
      api
        .get(`/admin/return-policies/reports${query}`, headers)
        .catch((e) => e.response)

    /**
     * Nine requests through the store API and the admin review routes, then
     * moved to known dates in March 2026 so decision times are exact:
     *
     * | req | tier    | created    | items               | first decision | then                 |
     * | R1  | none    | 03-02      | 1 tee TOO_SMALL     | auto_approve   |                      |
     * | R2  | none    | 03-03      | 1 tee TOO_SMALL     | auto_approve   |                      |
     * | R3  | none    | 03-04      | 1 merino TOO_SMALL  | review         | approved after 1 h   |
     * | R4  | none    | 03-10      | 1 merino TOO_SMALL  | review         | rejected after 2 h   |
     * | R5  | none    | 03-11      | 1 tee DAMAGED       | review         | (pending)            |
     * | R6  | Gold    | 03-12 phone| 2 merino TOO_SMALL  | auto_approve   |                      |
     * | R7  | Gold    | 03-17      | 1 tee DAMAGED       | review         | approved after 600 s |
     * | R8  | Gold    | 03-18      | 1 tee TOO_SMALL     | auto_approve   |                      |
     * | R9  | Gold    | 03-19      | 1 tee DAMAGED       | review         | customer canceled    |
     */
    const seed = async (): Promise<Seeded> => {
      const container = getContainer()
      const service = container.resolve(RETURN_POLICY_MODULE)
      const loyalty = container.resolve(LOYALTY_PROGRAM_MODULE)

      // Out of reach by spending, so only the locked VIP is Gold.
      const gold = await loyalty.createLoyaltyTiers({
        name: "Gold",
        rank: 2,
        min_lifetime_spend: 1_000_000,
      })
      // Tee €30 and merino €106.80 with VAT, less €6 return shipping: one
      // merino (€100.80) is above the default policy's €100.
      await service.createReturnPolicies([
        {
          name: "Standard",
          tier_id: null,
          return_window_days: 30,
          auto_approve_max_amount: 100,
        },
        {
          name: "Gold",
          tier_id: gold.id,
          return_window_days: 60,
          auto_approve_max_amount: 1000,
        },
      ])
      await service.createReturnReasonCodes([
        { code: "TOO_SMALL", label: "Too small" },
        { code: "DAMAGED", label: "Arrived damaged", requires_review: true },
      ])

      const plain = await createCustomerHeaders(
        container,
        api,
        basics.publishableKey.token
      )
      const vip = await createCustomerHeaders(
        container,
        api,
        basics.publishableKey.token
      )
      const { id: accountId } = await loyalty.ensureAccount(vip.customer.id)
      // Locked so the tier evaluation after each order leaves it Gold.
      await loyalty.updateLoyaltyAccounts({
        id: accountId,
        tier_id: gold.id,
        tier_locked: true,
      })

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const orderLines = async (customer: { id: string; email: string }) => {
        const order = await placeOrder(container, basics, {
          customer,
          items: [
            { variant_id: basics.variants[6].id, quantity: 3 },
            { variant_id: basics.variants[0].id, quantity: 2 },
          ],
        })
        const {
          data: [placed],
        } = await query.graph({
          entity: "order",
          fields: ["items.id", "items.variant_id"],
          filters: { id: order.id },
        })
        const line = (variantId: string) =>
          placed.items.find((i) => i!.variant_id === variantId)!.id
        return {
          order_id: order.id,
          tee: line(basics.variants[6].id),
          merino: line(basics.variants[0].id),
        }
      }
      const plainOrder = await orderLines(plain.customer)
      const vipOrder = await orderLines(vip.customer)

      const ask = async (
        customer: typeof plain,
        order: typeof plainOrder,
        line: "tee" | "merino",
        quantity: number,
        reason_code: string,
        expected: string
      ) => {
        const res = await api
          .post(
            "/store/return-requests",
            {
              order_id: order.order_id,
              items: [{ line_item_id: order[line], quantity, reason_code }],
            },
            customer.headers
          )
          .catch((e) => e.response)
        expect(res.data.message).toBeUndefined()
        expect(res.data.return_request.status).toEqual(expected)
        return res.data.return_request as { id: string }
      }
      const review = async (id: string, action: "approve" | "reject") => {
        const res = await api
          .post(
            `/admin/return-requests/${id}/${action}`,
            { note: `${action} by the report test` },
            admin
          )
          .catch((e) => e.response)
        expect(res.data.message).toBeUndefined()
      }

      const approved = "approved"
      const pending = "pending_review"
      const requests = {
        R1: await ask(plain, plainOrder, "tee", 1, "TOO_SMALL", approved),
        R2: await ask(plain, plainOrder, "tee", 1, "TOO_SMALL", approved),
        R3: await ask(plain, plainOrder, "merino", 1, "TOO_SMALL", pending),
        R4: await ask(plain, plainOrder, "merino", 1, "TOO_SMALL", pending),
        R5: await ask(plain, plainOrder, "tee", 1, "DAMAGED", pending),
        R6: await ask(vip, vipOrder, "merino", 2, "TOO_SMALL", approved),
        R7: await ask(vip, vipOrder, "tee", 1, "DAMAGED", pending),
        R8: await ask(vip, vipOrder, "tee", 1, "TOO_SMALL", approved),
        R9: await ask(vip, vipOrder, "tee", 1, "DAMAGED", pending),
      }
      await review(requests.R3.id, "approve")
      await review(requests.R4.id, "reject")
      await review(requests.R7.id, "approve")
      await service.recordDecision(
        requests.R9.id,
        {
          outcome: "canceled",
          decided_by_type: "customer",
          decided_by: vip.customer.id,
        },
        "canceled"
      )

      // Created at 09:00 UTC on the day; each decision `offsets[i]` seconds
      // later, in the order they were made.
      const timeline: [keyof typeof requests, string, number[]][] = [
        ["R1", "2026-03-02", [0]],
        ["R2", "2026-03-03", [0]],
        ["R3", "2026-03-04", [0, HOUR]],
        ["R4", "2026-03-10", [0, 2 * HOUR]],
        ["R5", "2026-03-11", [0]],
        ["R6", "2026-03-12", [0]],
        ["R7", "2026-03-17", [0, 600]],
        ["R8", "2026-03-18", [0]],
        ["R9", "2026-03-19", [0, 900]],
      ]
      // The request keeps the time it was first decided, and its items its
      // creation time: both are rewritten with the history.
      const deciding = ["auto_approve", "reject", "approved", "rejected"]
      for (const [key, day, offsets] of timeline) {
        const id = requests[key].id
        const createdAt = new Date(`${day}T09:00:00.000Z`)
        const decisions = await service.listReturnDecisions(
          { request_id: id },
          { order: { created_at: "ASC" } }
        )
        expect(decisions).toHaveLength(offsets.length)
        let firstDecisionAt: Date | null = null
        for (const [i, decision] of decisions.entries()) {
          const at = new Date(createdAt.getTime() + offsets[i] * 1000)
          await service.updateReturnDecisions({
            id: decision.id,
            created_at: at,
          })
          if (!firstDecisionAt && deciding.includes(decision.outcome)) {
            firstDecisionAt = at
          }
        }
        await service.updateReturnRequests({
          id,
          created_at: createdAt,
          first_decision_at: firstDecisionAt,
          ...(key === "R6" ? { channel: "phone" as const } : {}),
        })
        const items = await service.listReturnRequestItems({ request_id: id })
        await service.updateReturnRequestItems(
          items.map((item) => ({ id: item.id, created_at: createdAt }))
        )
      }
      // Disputes on R3 (no tier) and R6 (Gold), opened as the customer's
      // route opens them: the workflow marks the request disputed.
      for (const [key, customer, order] of [
        ["R3", plain, plainOrder],
        ["R6", vip, vipOrder],
      ] as const) {
        await openDisputeWorkflow(container).run({
          input: {
            order_id: order.order_id,
            return_request_id: requests[key].id,
            customer_id: customer.customer.id,
            reason_category: "refund_amount",
            claim: "The refund is short",
            opened_by_type: "customer",
            opened_by: customer.customer.id,
          },
        })
      }
      return { gold: { id: gold.id, name: gold.name }, requests }
    }

    const MARCH = "?from=2026-03-01&to=2026-03-21"

    describe("GET /admin/return-policies/reports", () => {
      it("reports shares, decision times, volume, reasons and channels per tier", async () => {
        const { gold, requests } = await seed()

        const res = await report(`${MARCH}&group_by=week`)
        expect(res.status).toEqual(200)
        const r = res.data.report
        expect(r).toEqual(
          expect.objectContaining({
            from: "2026-03-01T00:00:00.000Z",
            // A date-only `to` covers that whole day.
            to: "2026-03-21T23:59:59.999Z",
            group_by: "week",
            tier_id: null,
            disputes_tracked: true,
          })
        )

        expect(r.totals).toEqual({
          requests: 9,
          auto_approved: 4,
          auto_approved_share: 4 / 9,
          reviewed: 5,
          pending_review: 1,
          approved: 6,
          rejected: 1,
          canceled: 1,
          disputed: 2,
          dispute_rate: 2 / 9,
          decided: 7,
          // Seconds [0, 0, 0, 0, 600, 3600, 7200]: R9 was withdrawn, not
          // decided. p90 interpolates 40% of the way from 3600 to 7200.
          median_decision_seconds: 0,
          p90_decision_seconds: 5040,
          // No exchanges among them (counted in exchanges.spec.ts).
          exchanges: 0,
          exchange_share: 0,
          revenue_kept: [],
        })

        expect(r.per_tier).toEqual([
          expect.objectContaining({
            tier_id: null,
            tier_name: "No tier",
            requests: 5,
            auto_approved: 2,
            auto_approved_share: 0.4,
            reviewed: 3,
            pending_review: 1,
            approved: 3,
            rejected: 1,
            canceled: 0,
            disputed: 1,
            dispute_rate: 0.2,
            decided: 4,
            // [0, 0, 3600, 7200]
            median_decision_seconds: 1800,
            p90_decision_seconds: 6120,
          }),
          expect.objectContaining({
            tier_id: gold.id,
            tier_name: "Gold",
            requests: 4,
            auto_approved: 2,
            auto_approved_share: 0.5,
            reviewed: 2,
            pending_review: 0,
            approved: 3,
            rejected: 0,
            canceled: 1,
            disputed: 1,
            dispute_rate: 0.25,
            decided: 3,
            // [0, 0, 600]
            median_decision_seconds: 0,
            p90_decision_seconds: 480,
          }),
        ])

        // Weeks start on Monday (UTC); the week of March 1st (a Sunday) is
        // in the range and empty.
        expect(r.volume).toEqual([
          { period: "2026-02-23", requests: 0, items: 0 },
          { period: "2026-03-02", requests: 3, items: 3 },
          { period: "2026-03-09", requests: 3, items: 4 },
          { period: "2026-03-16", requests: 3, items: 3 },
        ])

        expect(r.reasons).toEqual([
          {
            reason_code: "TOO_SMALL",
            label: "Too small",
            items: 7,
            requests: 6,
            share: 0.7,
          },
          {
            reason_code: "DAMAGED",
            label: "Arrived damaged",
            items: 3,
            requests: 3,
            share: 0.3,
          },
        ])

        expect(r.channels).toEqual([
          { channel: "storefront", requests: 8 },
          { channel: "phone", requests: 1 },
          { channel: "email", requests: 0 },
          { channel: "chat", requests: 0 },
          { channel: "in_store", requests: 0 },
        ])

        const days = (await report(`${MARCH}&group_by=day`)).data.report
        expect(days.volume).toHaveLength(21)
        expect(days.volume[0]).toEqual({
          period: "2026-03-01",
          requests: 0,
          items: 0,
        })
        expect(days.volume[11]).toEqual({
          period: "2026-03-12",
          requests: 1,
          items: 2,
        })
        const months = (await report(`${MARCH}&group_by=month`)).data.report
        expect(months.volume).toEqual([
          { period: "2026-03-01", requests: 9, items: 10 },
        ])

        // The per-day rollup: the same report once the days are stored,
        // and after writes to a stored day, before and after the refresh.
        const refresh = () =>
          refreshReportRollupsWorkflow(getContainer()).run({ input: undefined })
        const { result: rolled } = await refresh()
        // The nine March days written, and today (where they were made).
        expect(rolled.returns_days).toEqual(10)
        expect((await report(`${MARCH}&group_by=week`)).data.report).toEqual(r)
        expect((await refresh()).result.returns_days).toEqual(0)

        // R5 (03-11, pending) rejected, decided 1800 s after it was made.
        await api.post(
          `/admin/return-requests/${requests.R5.id}/reject`,
          { note: "rejected after the rollup" },
          admin
        )
        await getContainer()
          .resolve(RETURN_POLICY_MODULE)
          .updateReturnRequests({
            id: requests.R5.id,
            first_decision_at: new Date("2026-03-11T09:30:00.000Z"),
          })
        const expected = {
          ...r,
          // Seconds [0, 0, 0, 0, 600, 1800, 3600, 7200].
          totals: {
            ...r.totals,
            pending_review: 0,
            rejected: 2,
            decided: 8,
            median_decision_seconds: 300,
            p90_decision_seconds: 4680,
          },
          per_tier: [
            {
              ...r.per_tier[0],
              pending_review: 0,
              rejected: 2,
              decided: 5,
              // [0, 0, 1800, 3600, 7200]
              median_decision_seconds: 1800,
              p90_decision_seconds: 5760,
            },
            r.per_tier[1],
          ],
        }
        const afterWrite = (await report(`${MARCH}&group_by=week`)).data.report
        expect(afterWrite).toEqual(expected)
        expect((await refresh()).result.returns_days).toEqual(1)
        expect((await report(`${MARCH}&group_by=week`)).data.report).toEqual(
          expected
        )

        // A dispute whose workflow fails after marking R1 leaves R1 as it
        // was: the compensation clears the mark and the report still counts
        // R3 and R6 only. (One handler per hook: this breaks if the plugin
        // ever takes the hook.)
        const FAIL = "fail after the mark"
        openDisputeWorkflow.hooks.disputeOpened(async ({ dispute }) => {
          if (dispute.claim === FAIL) {
            throw new Error("the hook failed")
          }
        })
        const policies = getContainer().resolve(RETURN_POLICY_MODULE)
        const r1 = await policies.retrieveReturnRequest(requests.R1.id)
        const { errors } = await openDisputeWorkflow(getContainer()).run({
          input: {
            order_id: r1.order_id,
            return_request_id: r1.id,
            customer_id: r1.customer_id,
            reason_category: "refund_amount",
            claim: FAIL,
            opened_by_type: "customer",
            opened_by: r1.customer_id,
          },
          throwOnError: false,
        })
        expect(JSON.stringify(errors)).toContain("the hook failed")
        expect(
          (await policies.retrieveReturnRequest(r1.id)).disputed_at
        ).toBeNull()
        expect((await report(`${MARCH}&group_by=week`)).data.report).toEqual(
          expected
        )
      })

      it("filters by tier and period, and downloads as CSV", async () => {
        const { gold } = await seed()

        const goldOnly = (await report(`${MARCH}&tier_id=${gold.id}`)).data
          .report
        expect(goldOnly.tier_id).toEqual(gold.id)
        expect(goldOnly.totals.requests).toEqual(4)
        expect(goldOnly.per_tier.map((t) => t.tier_name)).toEqual(["Gold"])
        expect(goldOnly.reasons.map((x) => [x.reason_code, x.items])).toEqual([
          ["TOO_SMALL", 3],
          ["DAMAGED", 2],
        ])

        const noTier = (await report(`${MARCH}&tier_id=none`)).data.report
        expect(noTier.totals).toEqual(
          expect.objectContaining({ requests: 5, auto_approved: 2 })
        )
        expect(noTier.per_tier.map((t) => t.tier_id)).toEqual([null])

        // R4 (03-10 09:00) to R7 (03-17 09:00): both ends count.
        const week = (await report("?from=2026-03-10&to=2026-03-17")).data
          .report
        expect(week.totals.requests).toEqual(4)
        // A time without an offset is UTC: exactly R4's creation.
        const instant = (
          await report("?from=2026-03-10T09:00&to=2026-03-10T09:00:00.000Z")
        ).data.report
        expect(instant.totals.requests).toEqual(1)

        const csv = await report(`${MARCH}&format=csv`)
        expect(csv.status).toEqual(200)
        expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
        expect(csv.headers["content-disposition"]).toEqual(
          'attachment; filename="return-policy-report-2026-03-01-2026-03-21.csv"'
        )
        const lines = (csv.data as string).trim().split("\n")
        expect(lines[0]).toEqual("section,key,label,metric,value")
        expect(lines).toEqual(
          expect.arrayContaining([
            "totals,,,requests,9",
            "totals,,,auto_approved,4",
            "totals,,,p90_decision_seconds,5040",
            "per_tier,none,No tier,auto_approved_share,0.4",
            "per_tier,none,No tier,median_decision_seconds,1800",
            `per_tier,${gold.id},Gold,p90_decision_seconds,480`,
            "volume,2026-03-09,,items,4",
            "reasons,DAMAGED,Arrived damaged,share,0.3",
            "channels,phone,,requests,1",
          ])
        )
        // Totals (15) + 2 tiers × 15 + 4 weeks × 2 + 2 reasons × 3 + 5
        // channels; no exchange, so no revenue_kept_<currency> figure.
        expect(lines).toHaveLength(1 + 15 + 30 + 8 + 6 + 5)
      })

      it("defaults to the last 90 days by week, and reports no requests as zeros", async () => {
        const res = await report("")
        expect(res.status).toEqual(200)
        const r = res.data.report
        expect(r.group_by).toEqual("week")
        expect(Date.parse(r.to) - Date.parse(r.from)).toEqual(90 * 86_400_000)
        expect(Math.abs(Date.parse(r.to) - Date.now())).toBeLessThan(60_000)
        expect(r.totals).toEqual(
          expect.objectContaining({
            requests: 0,
            auto_approved_share: 0,
            dispute_rate: 0,
            median_decision_seconds: null,
            p90_decision_seconds: null,
          })
        )
        expect(r.per_tier).toEqual([])
        expect(r.reasons).toEqual([])
        // 90 days touch 14 Monday-based weeks, or 13 when `from` is a Monday.
        expect([13, 14]).toContain(r.volume.length)
        expect(r.volume.every((v) => v.requests === 0)).toBe(true)
        expect(r.channels.map((c) => c.requests)).toEqual([0, 0, 0, 0, 0])

        const csv = await report("?format=csv")
        expect(csv.data).toContain("totals,,,median_decision_seconds,\n")
      })

      it.each([
        ["?group_by=year", "group_by"],
        ["?from=2026-03-21&to=2026-03-01", "from"],
        ["?from=yesterday", "from"],
        ["?to=2026-13-45", "to"],
        ["?to=2026-02-30", "to"],
        ["?format=xlsx", "format"],
        ["?from=2000-01-01&to=2026-01-01", "from"],
        ["?tier_id=", "tier_id"],
        ["?limit=5", "limit"],
      ])("400 for %s, naming %s", async (query, field) => {
        const res = await report(query)
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain(field)
      })

      it("needs an admin", async () => {
        const res = await report(MARCH, {})
        expect(res.status).toEqual(401)
        const customer = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token
        )
        expect((await report(MARCH, customer.headers)).status).toEqual(401)
      })

      it("leaves GET /admin/return-policies/:id to policies", async () => {
        const policy = await getContainer()
          .resolve(RETURN_POLICY_MODULE)
          .createReturnPolicies({
            name: "Standard",
            tier_id: null,
            return_window_days: 30,
          })
        const res = await api
          .get(`/admin/return-policies/${policy.id}?fields=id,name`, admin)
          .catch((e) => e.response)
        expect(res.status).toEqual(200)
        expect(res.data.return_policy).toEqual({
          id: policy.id,
          name: "Standard",
        })
        const unknownField = await api
          .get(`/admin/return-policies/${policy.id}?group_by=week`, admin)
          .catch((e) => e.response)
        expect(unknownField.status).toEqual(400)
      })
    })
  },
})
