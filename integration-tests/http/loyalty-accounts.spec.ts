import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder, returnAndReceive, StoreBasics } from "../fixtures"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import { BACKFILL_ORDER_FACTS } from "../../src/modules/loyalty-program/queries/order-facts"
import { waitFor } from "../helpers/wait-for"
import { createCustomerHeaders } from "../helpers/auth"
import { refreshReportRollupsWorkflow } from "../../src/workflows/reports"
import { seedOncePerFile, seedShop } from "../helpers/shop"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    const { api, getContainer } = options
    let basics: StoreBasics
    let customer: { id: string; email: string }
    let headers: Record<string, any>
    let admin: Record<string, any>
    let adminUser: { id: string }
    let tiers: Record<string, { id: string }>

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ basics, customer, headers, admin, adminUser } = await seedShop(
        container,
        api,
        { email: `vera-${Date.now()}@example.com` }
      ))
      const service = container.resolve(LOYALTY_PROGRAM_MODULE)
      const [member, silver, gold] = await service.createLoyaltyTiers([
        { name: "Member", rank: 0 },
        { name: "Silver", rank: 1, min_points: 300 },
        { name: "Gold", rank: 2, min_lifetime_spend: 5000 },
      ])
      tiers = { member, silver, gold }
    })

    const account = async (customerId = customer.id) =>
      (await api.get(`/admin/loyalty/accounts/${customerId}`, admin)).data
        .account

    // Tier points count what purchases earned, not manual adjustments.
    const earn = async (points: number, customerId = customer.id) => {
      const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
      await service.recordPoints({
        customer_id: customerId,
        type: "earn",
        points,
        source_type: "order",
        source_id: `order_test_${points}_${customerId}`,
        idempotency_key: `test-earn:${customerId}:${points}`,
      })
      await service.evaluateTiers({
        customer_ids: [customerId],
        changed_by: "test",
        now: new Date(),
      })
    }

    const adjust = (body: Record<string, unknown>, customerId = customer.id) =>
      api
        .post(`/admin/loyalty/accounts/${customerId}/adjust`, body, admin)
        .catch((e) => e.response)

    describe("adjust", () => {
      it("credits and debits with the reason and the admin on the ledger", async () => {
        expect(await account()).toBeNull()

        const credited = await adjust({ points: 350, reason: "Goodwill" })
        expect(credited.status).toEqual(200)
        // The account is opened and evaluated at once; adjustments are not
        // qualifying points, so the customer starts on the entry tier.
        expect(credited.data.account).toEqual(
          expect.objectContaining({
            points_available: 350,
            tier: expect.objectContaining({ name: "Member" }),
            customer: expect.objectContaining({ email: customer.email }),
          })
        )

        const debited = await adjust({ points: -50, reason: "Correction" })
        expect(debited.data.account.points_available).toEqual(300)

        const { data } = await api.get(
          `/admin/loyalty/accounts/${customer.id}/points`,
          admin
        )
        expect(data.entries).toEqual([
          expect.objectContaining({
            type: "adjust",
            points: -50,
            note: "Correction",
            created_by: adminUser.id,
          }),
          expect.objectContaining({
            type: "adjust",
            points: 350,
            note: "Goodwill",
          }),
        ])
        expect(credited.data.account.tier_changes).toEqual([
          expect.objectContaining({
            from_tier_name: null,
            to_tier_name: "Member",
            changed_by: adminUser.id,
          }),
        ])
      })

      it.each([
        [{ points: 1.5, reason: "Half" }, "points"],
        [{ points: 0, reason: "Nothing" }, "points"],
        [{ points: "ten", reason: "Text" }, "points"],
        [{ points: 10 }, "reason"],
        [{ points: 10, reason: " " }, "reason"],
        [{ points: -10, reason: "More than available" }, "points"],
        [{ points: 2147483648, reason: "Past 32 bits" }, "points"],
        [{ points: -2147483649, reason: "Past 32 bits" }, "points"],
        [{ points: 10, reason: "x".repeat(100_000) }, "reason"],
      ])(
        "refuses %j with a 400 naming %s, writing nothing",
        async (body, field) => {
          const res = await adjust(body)
          expect(res.status).toEqual(400)
          expect(res.data.message).toContain(field)
          const { data } = await api.get(
            `/admin/loyalty/accounts/${customer.id}/points`,
            admin
          )
          expect(data.entries).toEqual([])
        }
      )

      it("refuses an adjustment that would take the balance past 2147483647 points", async () => {
        const full = await adjust({
          points: 2147483647,
          reason: "Up to the top",
        })
        expect(full.status).toEqual(200)

        const res = await adjust({ points: 1, reason: "One more" })
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(/^points: /)
        expect((await account()).points_available).toEqual(2147483647)
        const { data } = await api.get(
          `/admin/loyalty/accounts/${customer.id}/points`,
          admin
        )
        expect(data.entries).toHaveLength(1)
      })

      it("answers 404 for an unknown customer and 401 without a token", async () => {
        const unknown = await adjust(
          { points: 10, reason: "Who?" },
          "cus_unknown"
        )
        expect(unknown.status).toEqual(404)
        const anonymous = await api
          .post(`/admin/loyalty/accounts/${customer.id}/adjust`, {
            points: 10,
            reason: "No token",
          })
          .catch((e) => e.response)
        expect(anonymous.status).toEqual(401)
      })
    })

    describe("tier lock", () => {
      it("keeps the locked tier whatever the points until unlocked", async () => {
        const lock = await api.post(
          `/admin/loyalty/accounts/${customer.id}/tier-lock`,
          { tier_id: tiers.gold.id, reason: "Key account" },
          admin
        )
        expect(lock.data.account).toEqual(
          expect.objectContaining({
            tier: expect.objectContaining({ name: "Gold" }),
            tier_locked: true,
            tier_lock_reason: "Key account",
            tier_locked_by: adminUser.id,
          })
        )
        expect(lock.data.account.tier_changes[0]).toEqual(
          expect.objectContaining({
            to_tier_name: "Gold",
            reason: "tier locked: Key account",
          })
        )

        // An order re-evaluates the tier: the lock wins.
        await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[6].id, quantity: 1 }],
        })
        await adjust({ points: 10, reason: "Trigger evaluation" })
        expect((await account()).tier.name).toEqual("Gold")
        const store = (await api.get("/store/customers/me/loyalty", headers))
          .data.loyalty
        expect(store.tier.name).toEqual("Gold")

        // Unlocked, the customer is what they qualify for. The downgrade
        // grace keeps Gold for now, and says so on the account.
        const unlocked = await api.delete(
          `/admin/loyalty/accounts/${customer.id}/tier-lock`,
          admin
        )
        expect(unlocked.data.account.tier_locked).toEqual(false)
        expect(unlocked.data.account.tier_lock_reason).toBeNull()
      })

      it("an expired lock gives way to the evaluation", async () => {
        const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        await api.post(
          `/admin/loyalty/accounts/${customer.id}/tier-lock`,
          {
            tier_id: tiers.member.id,
            reason: "Probation",
            expires_at: new Date(Date.now() + 60_000).toISOString(),
          },
          admin
        )
        await earn(400)
        expect((await account()).tier.name).toEqual("Member")

        await service.evaluateTiers({
          customer_ids: [customer.id],
          changed_by: "nightly",
          now: new Date(Date.now() + 120_000),
        })
        const after = await account()
        expect(after.tier.name).toEqual("Silver")
        expect(after.tier_locked).toEqual(false)
        expect(after.tier_changes[0]).toEqual(
          expect.objectContaining({
            from_tier_name: "Member",
            to_tier_name: "Silver",
            reason: "tier lock expired",
          })
        )
      })

      it.each([
        [{ reason: "No tier" }, "tier_id"],
        [{ tier_id: "ltier_unknown", reason: "Unknown" }, "tier_id"],
        [{ tier_id: "TIER", reason: "" }, "reason"],
        [
          { tier_id: "TIER", reason: "Past", expires_at: "2020-01-01" },
          "expires_at",
        ],
        [
          { tier_id: "TIER", reason: "Bad date", expires_at: "soon" },
          "expires_at",
        ],
      ])("refuses %j with a 400 naming %s", async (body, field) => {
        const res = await api
          .post(
            `/admin/loyalty/accounts/${customer.id}/tier-lock`,
            {
              ...body,
              ...(body.tier_id === "TIER" ? { tier_id: tiers.gold.id } : {}),
            },
            admin
          )
          .catch((e) => e.response)
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain(field)
        const after = await account()
        expect(after?.tier_locked ?? false).toEqual(false)
      })
    })

    describe("GET /admin/loyalty/accounts", () => {
      it("filters by tier and searches by email", async () => {
        const other = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token,
          { email: `sam-${Date.now()}@example.com` }
        )
        await earn(400)
        await earn(10, other.customer.id)

        const all = (await api.get("/admin/loyalty/accounts", admin)).data
        expect(all.count).toEqual(2)

        const silver = (
          await api.get(
            `/admin/loyalty/accounts?tier_id=${tiers.silver.id}`,
            admin
          )
        ).data
        expect(silver.accounts.map((a) => a.customer_id)).toEqual([customer.id])

        const bySearch = (
          await api.get("/admin/loyalty/accounts?q=sam-", admin)
        ).data
        expect(bySearch.accounts.map((a) => a.customer.email)).toEqual([
          other.customer.email,
        ])
      })
    })

    describe("GET /admin/loyalty/reports", () => {
      it("reports members, points, repeat purchase and a clean reconciliation, as JSON and CSV", async () => {
        await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
        })
        await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[6].id, quantity: 2 }],
        })
        await adjust({ points: 300, reason: "Welcome" })

        let report: any
        for (let i = 0; i < 50; i++) {
          report = (await api.get("/admin/loyalty/reports", admin)).data.report
          if (report.totals.earned === 89 + 50) {
            break
          }
          await new Promise((r) => setTimeout(r, 200))
        }
        expect(report.totals).toEqual({
          earned: 139,
          redeemed: 0,
          reversed: 0,
          expired: 0,
          adjusted: 300,
        })
        expect(report.members_per_tier).toEqual([
          expect.objectContaining({ tier_name: "Member", members: 1 }),
          expect.objectContaining({ tier_name: "Silver", members: 0 }),
          expect.objectContaining({ tier_name: "Gold", members: 0 }),
        ])
        expect(report.repeat_purchase.members).toEqual({
          customers: 1,
          repeat: 1,
          rate: 1,
        })
        expect(report.accrual).toEqual(
          expect.objectContaining({
            customer_orders: 2,
            with_points: 2,
            accuracy: 1,
          })
        )
        expect(report.reconciliation).toEqual(
          expect.objectContaining({ mismatched: 0, accuracy: 1 })
        )

        // A balance edited behind the ledger's back is caught.
        const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        const acc = await service.retrieveAccountByCustomer(customer.id)
        await service.updateLoyaltyAccounts({
          id: acc.id,
          points_available: 9999,
        })
        const tampered = (await api.get("/admin/loyalty/reports", admin)).data
          .report
        expect(tampered.reconciliation.mismatches).toEqual([
          expect.objectContaining({
            customer_id: customer.id,
            stored_available: 9999,
            ledger_available: 300,
          }),
        ])

        const csv = await api.get("/admin/loyalty/reports?format=csv", admin)
        expect(csv.headers["content-type"]).toContain("text/csv")
        expect(csv.headers["content-disposition"]).toContain("attachment")
        const lines = csv.data.trim().split("\n")
        expect(lines[0]).toEqual("section,period_start,metric,value")
        expect(lines).toContain("points_total,,adjusted,300")
        expect(lines).toContain("reconciliation,,mismatched,1")
        // Before any stored check, the report reconciled by itself.
        expect(tampered.reconciliation.checked_by).toBeNull()

        // A stored check (what the nightly job runs) is what the report
        // shows from then on, until the next one.
        const run = await api
          .post("/admin/loyalty/balance-checks", {}, admin)
          .catch((e) => e.response)
        expect(run.data.message).toBeUndefined()
        expect(run.status).toEqual(201)
        expect(run.data.balance_check).toEqual(
          expect.objectContaining({
            accounts_checked: 1,
            mismatched: 1,
            checked_by: expect.stringMatching(/^user_/),
          })
        )
        await service.updateLoyaltyAccounts({
          id: acc.id,
          points_available: 300,
        })
        const stored = (await api.get("/admin/loyalty/reports", admin)).data
          .report.reconciliation
        expect(stored).toEqual(
          expect.objectContaining({
            mismatched: 1,
            checked_at: run.data.balance_check.checked_at,
          })
        )
        await api.post("/admin/loyalty/balance-checks", {}, admin)
        const rechecked = (await api.get("/admin/loyalty/reports", admin)).data
          .report.reconciliation
        expect(rechecked).toEqual(
          expect.objectContaining({ mismatched: 0, accuracy: 1 })
        )
        const refused = await api
          .post("/admin/loyalty/balance-checks", { accounts: ["x"] }, admin)
          .catch((e) => e.response)
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toMatch(/accounts/)

        // The per-day ledger rollup: a past day reads the same once stored,
        // and a later write to a stored day counts at once.
        const refresh = () =>
          refreshReportRollupsWorkflow(getContainer()).run({ input: undefined })
        const byDay = async () =>
          (await api.get("/admin/loyalty/reports?period=day", admin)).data
            .report
        const day = new Date(Date.now() - 3 * 86_400_000)
        day.setUTCHours(12, 0, 0, 0)
        const moveToDay = async (type: "adjust") => {
          const entries = await service.listLoyaltyPointsEntries({ type })
          await service.updateLoyaltyPointsEntries(
            entries.map((e) => ({ id: e.id, created_at: day }))
          )
        }
        await moveToDay("adjust")
        const live = await byDay()
        const dayRow = {
          period_start: day.toISOString().slice(0, 10),
          earned: 0,
          redeemed: 0,
          reversed: 0,
          expired: 0,
          adjusted: 300,
        }
        expect(live.points_by_period).toContainEqual(dayRow)
        expect(live.totals).toEqual(report.totals)
        const { result: rolled } = await refresh()
        expect(rolled.ledger_days).toBeGreaterThanOrEqual(2)
        const fromRollup = await byDay()
        expect(fromRollup.points_by_period).toEqual(live.points_by_period)
        expect(fromRollup.totals).toEqual(report.totals)

        expect((await adjust({ points: 25, reason: "Late" })).status).toEqual(
          200
        )
        await moveToDay("adjust")
        const written = { ...dayRow, adjusted: 325 }
        expect((await byDay()).points_by_period).toContainEqual(written)
        expect((await refresh()).result.ledger_days).toBeGreaterThanOrEqual(1)
        const again = await byDay()
        expect(again.points_by_period).toContainEqual(written)
        expect(again.totals).toEqual({ ...report.totals, adjusted: 325 })
      })

      it("counts repeat purchase and orders without points from its order facts as Medusa's orders say, through a return, a cancel and the backfill", async () => {
        const container = getContainer()
        const service = container.resolve(LOYALTY_PROGRAM_MODULE)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const other = await createCustomerHeaders(
          container,
          api,
          basics.publishableKey.token,
          { email: `olga-${Date.now()}@example.com` }
        )
        // The member orders twice (€89; 2 × €25), the other customer twice,
        // and cancels one of them.
        await placeOrder(container, basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
        })
        const second = await placeOrder(container, basics, {
          customer,
          items: [{ variant_id: basics.variants[6].id, quantity: 2 }],
        })
        await placeOrder(container, basics, {
          customer: other.customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
        })
        const canceled = await placeOrder(container, basics, {
          customer: other.customer,
          items: [{ variant_id: basics.variants[6].id, quantity: 1 }],
          deliver: false,
        })
        const facts = () => service.listLoyaltyOrderFacts({})
        await waitFor(
          async () => (await facts()).length === 4,
          "the four orders' facts"
        )

        // One of the two €25 items comes back: 25 of its 50 points reversed.
        const items = (
          await container
            .resolve(Modules.ORDER)
            .retrieveOrder(second.id, { relations: ["items"] })
        ).items!
        await returnAndReceive(container, basics, {
          order_id: second.id,
          items: [{ id: items[0].id, quantity: 1 }],
        })
        await cancelOrderWorkflow(container).run({
          input: { order_id: canceled.id },
        })
        const settled = await waitFor(async () => {
          const f = await facts()
          return (
            f.some((x) => x.order_id === second.id && x.points_reversed > 0) &&
            f.some((x) => x.order_id === canceled.id && x.canceled_at) &&
            f
          )
        }, "the return's and the cancel's reversals")
        expect(settled.find((f) => f.order_id === second.id)).toEqual(
          expect.objectContaining({
            customer_id: customer.id,
            points_earned: 50,
            points_reversed: 25,
            canceled_at: null,
            currency_code: "eur",
          })
        )
        expect(
          settled.find((f) => f.order_id === canceled.id)?.points_reversed
        ).toEqual(25)
        // The other customer leaves the program (no tier), once every
        // event's re-evaluation has run.
        const otherAccount = await service.retrieveAccountByCustomer(
          other.customer.id
        )
        await service.updateLoyaltyAccounts({
          id: otherAccount.id,
          tier_id: null,
        })

        // What Medusa's orders and the ledger say, counted here.
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id", "customer_id", "status"],
        })
        const placed = orders.filter(
          (o) => o.customer_id && o.status !== "canceled"
        )
        const members = new Set(
          (await service.listLoyaltyAccounts({}))
            .filter((a) => a.tier_id)
            .map((a) => a.customer_id)
        )
        const earned = new Set(
          (
            await service.listLoyaltyPointsEntries({
              type: "earn",
              source_type: "order",
            })
          ).map((e) => e.source_id)
        )
        const perCustomer = new Map<string, number>()
        for (const o of placed) {
          perCustomer.set(
            o.customer_id!,
            (perCustomer.get(o.customer_id!) ?? 0) + 1
          )
        }
        const cohort = (member: boolean) => {
          const counts = [...perCustomer]
            .filter(([id]) => members.has(id) === member)
            .map(([, n]) => n)
          const repeat = counts.filter((n) => n > 1).length
          return {
            customers: counts.length,
            repeat,
            rate: counts.length ? repeat / counts.length : 0,
          }
        }
        const expected = {
          repeat_purchase: {
            members: cohort(true),
            non_members: cohort(false),
          },
          accrual: {
            customer_orders: placed.length,
            with_points: placed.filter((o) => earned.has(o.id)).length,
            accuracy: 1,
            missing_order_ids: [],
          },
        }
        expect(expected).toEqual({
          repeat_purchase: {
            members: { customers: 1, repeat: 1, rate: 1 },
            non_members: { customers: 1, repeat: 0, rate: 0 },
          },
          accrual: {
            customer_orders: 3,
            with_points: 3,
            accuracy: 1,
            missing_order_ids: [],
          },
        })
        const figures = async () => {
          const { report } = (await api.get("/admin/loyalty/reports", admin))
            .data
          return {
            repeat_purchase: report.repeat_purchase,
            accrual: report.accrual,
          }
        }
        expect(await figures()).toEqual(expected)

        // The migration's backfill, from Medusa's orders and the ledger,
        // gives the same figures.
        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw(`DELETE FROM loyalty_order_fact`)
        await pg.raw(BACKFILL_ORDER_FACTS)
        expect(await figures()).toEqual(expected)
        expect((await facts()).find((f) => f.order_id === second.id)).toEqual(
          expect.objectContaining({ points_earned: 50, points_reversed: 25 })
        )
      })

      it.each([
        ["period=year", "period"],
        ["from=yesterday", "from"],
        ["from=2026-02-01&to=2026-01-01", "from"],
        ["format=xml", "format"],
      ])("refuses %s with a 400 naming %s", async (qs, field) => {
        const res = await api
          .get(`/admin/loyalty/reports?${qs}`, admin)
          .catch((e) => e.response)
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain(field)
      })
    })
  },
})
