import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  deliverOrder,
  placeOrder,
  returnAndReceive,
  seedStoreBasics,
  StoreBasics,
} from "../fixtures"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import {
  accrueOrderPointsWorkflow,
  loyaltyNightlyWorkflow,
} from "../../src/workflows/loyalty"
import { createCustomerHeaders } from "../helpers/auth"
import { seedOncePerFile } from "../helpers/shop"

jest.setTimeout(180 * 1000)

const DAY_MS = 86_400_000

/** 00:00 UTC of the day `days` after the UTC day of `date`. */
const startOfUtcDay = (date: Date | string, days = 0) => {
  const d = new Date(date)
  return new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days)
  )
}

const waitFor = async <T>(fn: () => Promise<T>, ok: (v: T) => boolean) => {
  for (let i = 0; i < 50; i++) {
    const v = await fn()
    if (ok(v)) {
      return v
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return fn()
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    const { api, getContainer } = options
    let basics: StoreBasics
    let customer: { id: string; email: string }
    let headers: Record<string, any>

    seedOncePerFile(options, async () => {
      const container = getContainer()
      basics = await seedStoreBasics(container)
      ;({ customer, headers } = await createCustomerHeaders(
        container,
        api,
        basics.publishableKey.token
      ))
    })

    const loyalty = async (h = headers) =>
      (await api.get("/store/customers/me/loyalty", h)).data.loyalty

    describe("accrual on order.placed", () => {
      it("credits pending points for the order net of tax, once", async () => {
        // 2 × €89 at 20% VAT on top: €178 net of tax → 178 points.
        const order = await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 2 }],
        })

        const standing = await waitFor(loyalty, (l) => l.points_pending > 0)
        expect(standing).toEqual(
          expect.objectContaining({
            points_available: 0,
            points_pending: 178,
            points_debt: 0,
          })
        )

        // The same event delivered again accrues nothing more.
        await accrueOrderPointsWorkflow(getContainer()).run({
          input: { order_id: order.id },
        })
        expect((await loyalty()).points_pending).toEqual(178)

        const { data } = await api.get(
          "/store/customers/me/loyalty/points",
          headers
        )
        expect(data.count).toEqual(1)
        expect(data.entries[0]).toEqual(
          expect.objectContaining({
            type: "earn",
            points: 178,
            status: "pending",
            source_type: "order",
            source_id: order.id,
            // What the customer reads: the order number, not its id.
            note: `Order #${order.display_id}`,
          })
        )
      })

      it("multiplies by the customer's tier", async () => {
        const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        const gold = await service.createLoyaltyTiers({
          name: "Gold",
          rank: 2,
          points_multiplier: 1.5,
        })
        const { id } = await service.ensureAccount(customer.id)
        await service.updateLoyaltyAccounts({ id, tier_id: gold.id })

        await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
        })

        const standing = await waitFor(loyalty, (l) => l.points_pending > 0)
        expect(standing.points_pending).toEqual(Math.floor(89 * 1.5))
        expect(standing.tier).toEqual(
          expect.objectContaining({ name: "Gold", rank: 2 })
        )
      })

      it("re-evaluates the tier when an order is placed", async () => {
        const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        await service.createLoyaltyTiers([
          { name: "Member", rank: 0 },
          { name: "Silver", rank: 1, min_lifetime_spend: 150 },
        ])
        await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 2 }],
        })

        const standing = await waitFor(
          loyalty,
          (l) => l.tier?.name === "Silver"
        )
        expect(standing).toEqual(
          expect.objectContaining({
            tier: expect.objectContaining({ name: "Silver" }),
            lifetime_spend: 178,
            orders_in_period: 1,
            next_tier: null,
          })
        )
        const [change] = await service.listLoyaltyTierChanges({})
        expect(change).toEqual(
          expect.objectContaining({
            changed_by: "system",
            reason: "qualified for a tier",
          })
        )
      })
    })

    describe("release: the customer's return window, counted from delivery", () => {
      const earnEntry = async () =>
        (
          await getContainer()
            .resolve(LOYALTY_PROGRAM_MODULE)
            .listLoyaltyPointsEntries({ type: "earn" })
        )[0]

      const deliveredAt = async (orderId: string) => {
        const {
          data: [order],
        } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order",
            fields: ["fulfillments.delivered_at"],
            filters: { id: orderId },
          })
        return new Date(order.fulfillments![0]!.delivered_at as string)
      }

      const nightly = async (now: Date) =>
        (await loyaltyNightlyWorkflow(getContainer()).run({ input: { now } }))
          .result

      it("keeps points pending with no date until delivery, then releases them when the tier's policy window closes", async () => {
        const loyaltyService = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        const policies = getContainer().resolve(RETURN_POLICY_MODULE)
        const gold = await loyaltyService.createLoyaltyTiers({
          name: "Gold",
          rank: 2,
        })
        const { id } = await loyaltyService.ensureAccount(customer.id)
        await loyaltyService.updateLoyaltyAccounts({ id, tier_id: gold.id })
        await policies.createReturnPolicies([
          { name: "Standard", return_window_days: 30 },
          { name: "Gold returns", tier_id: gold.id, return_window_days: 45 },
        ])

        const order = await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
          deliver: false,
        })
        await waitFor(loyalty, (l) => l.points_pending > 0)

        // Not delivered: no release date, and no night releases them.
        expect((await earnEntry()).available_at).toBeNull()
        expect(
          (await nightly(new Date(Date.now() + 200 * DAY_MS))).released
        ).toEqual(0)
        expect(await loyalty()).toEqual(
          expect.objectContaining({ points_pending: 89, points_available: 0 })
        )

        // Delivered: dated by Gold's 45 days, counted from delivery.
        await deliverOrder(getContainer(), basics, order.id)
        const dated = await waitFor(earnEntry, (e) => !!e.available_at)
        const releaseAt = startOfUtcDay(await deliveredAt(order.id), 46)
        expect(new Date(dated.available_at!)).toEqual(releaseAt)

        const { data } = await api.get(
          "/store/customers/me/loyalty/points",
          headers
        )
        expect(data.entries[0]).toEqual(
          expect.objectContaining({
            status: "pending",
            available_at: releaseAt.toISOString(),
          })
        )

        // The last day of the window: still pending.
        expect(
          (await nightly(new Date(releaseAt.getTime() - 1))).released
        ).toEqual(0)
        expect((await loyalty()).points_pending).toEqual(89)

        // The window has closed: spendable.
        expect((await nightly(releaseAt)).released).toEqual(1)
        expect(await loyalty()).toEqual(
          expect.objectContaining({ points_pending: 0, points_available: 89 })
        )
      })

      it("uses the built-in 30-day window without policies, and dates an order delivered before its accrual ran", async () => {
        const order = await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
        })
        const dated = await waitFor(earnEntry, (e) => !!e?.available_at)
        const releaseAt = startOfUtcDay(await deliveredAt(order.id), 31)
        expect(new Date(dated.available_at!)).toEqual(releaseAt)

        // The accrual dates a delivered order itself: take the date away
        // and deliver order.placed again.
        const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        await service.updateLoyaltyPointsEntries({
          id: dated.id,
          available_at: null,
        })
        const { result } = await accrueOrderPointsWorkflow(getContainer()).run({
          input: { order_id: order.id },
        })
        expect(result.recorded[0].created).toBe(false)
        expect(new Date((await earnEntry()).available_at!)).toEqual(releaseAt)
        expect((await loyalty()).points_pending).toEqual(89)
      })
    })

    describe("nightly job", () => {
      it("releases points whose return window is over and re-evaluates tiers", async () => {
        const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
        })
        // Wait for the delivery to date the entry, or that subscriber could
        // write its date over the one set below.
        const [entry] = await waitFor(
          () => service.listLoyaltyPointsEntries({ type: "earn" }),
          (entries) => !!entries[0]?.available_at
        )

        // The return window has passed and a tier now exists.
        await service.updateLoyaltyPointsEntries({
          id: entry.id,
          available_at: new Date(Date.now() - 1000),
        })
        await service.createLoyaltyTiers({ name: "Member", rank: 0 })

        const { result } = await loyaltyNightlyWorkflow(getContainer()).run({
          input: {},
        })

        expect(result).toEqual({
          released: 1,
          expired: 0,
          expiring_notices: 0,
          tier_changes: 1,
          // The nightly balance check, which the program report shows.
          balance_mismatches: 0,
        })
        const check = await service.latestBalanceCheck()
        expect(check).toEqual(
          expect.objectContaining({ checked_by: "nightly", mismatched: 0 })
        )
        expect(await loyalty()).toEqual(
          expect.objectContaining({
            points_available: 89,
            points_pending: 0,
            tier: expect.objectContaining({ name: "Member" }),
          })
        )
      })
    })

    describe("reversal", () => {
      const orderItems = async (orderId: string) =>
        (
          await getContainer()
            .resolve(Modules.ORDER)
            .retrieveOrder(orderId, { relations: ["items"] })
        ).items!

      it("takes back the returned share when a return is received, from pending first", async () => {
        // €89 × 2 + €25 × 4 = €278 net → 278 points pending.
        const order = await placeOrder(getContainer(), basics, {
          customer,
          items: [
            { variant_id: basics.variants[0].id, quantity: 2 },
            { variant_id: basics.variants[7].id, quantity: 4 },
          ],
        })
        await waitFor(loyalty, (l) => l.points_pending > 0)
        expect((await loyalty()).points_pending).toEqual(278)

        const sweater = (await orderItems(order.id)).find(
          (i) => Number(i.unit_price) === 89
        )!
        await returnAndReceive(getContainer(), basics, {
          order_id: order.id,
          items: [{ id: sweater.id, quantity: 1 }],
        })

        // One sweater of €278 net: 89 points come off the pending ones.
        const after = await waitFor(loyalty, (l) => l.points_pending < 278)
        expect(after).toEqual(
          expect.objectContaining({
            points_pending: 189,
            points_available: 0,
            points_debt: 0,
          })
        )
        const { data } = await api.get(
          "/store/customers/me/loyalty/points",
          headers
        )
        expect(data.entries[0]).toEqual(
          expect.objectContaining({ type: "reverse", points: -89 })
        )
      })

      it("reverses the rest when the order is canceled, recording debt for spent points", async () => {
        const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        const order = await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
          deliver: false,
        })
        await waitFor(loyalty, (l) => l.points_pending > 0)
        // The customer also has 50 spendable points and spends them.
        await service.recordPoints({
          customer_id: customer.id,
          type: "adjust",
          points: 50,
          idempotency_key: "welcome",
        })
        await service.recordPoints({
          customer_id: customer.id,
          type: "redeem",
          points: -50,
          idempotency_key: "spend",
        })

        // Reversing twice (duplicate event) still takes 89 once.
        const { reverseOrderPointsWorkflow } =
          await import("../../src/workflows/loyalty")
        for (let i = 0; i < 2; i++) {
          await reverseOrderPointsWorkflow(getContainer()).run({
            input: { order_id: order.id },
          })
        }

        expect(await loyalty()).toEqual(
          expect.objectContaining({
            points_pending: 0,
            points_available: 0,
            points_debt: 0,
          })
        )
        const reversals = await service.listLoyaltyPointsEntries({
          type: "reverse",
        })
        expect(reversals).toHaveLength(1)
        expect(reversals[0].points).toEqual(-89)
      })
    })

    describe("GET /store/customers/me/loyalty", () => {
      it("answers 401 without a customer session", async () => {
        const err = await api
          .get("/store/customers/me/loyalty", {
            headers: { "x-publishable-api-key": basics.publishableKey.token },
          })
          .catch((e: any) => e.response ?? Promise.reject(e))
        expect(err.status).toEqual(401)
      })

      it("shows a customer only their own ledger", async () => {
        await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
        })
        await waitFor(loyalty, (l) => l.points_pending > 0)

        const other = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token
        )
        const { data } = await api.get(
          "/store/customers/me/loyalty/points",
          other.headers
        )
        expect(data).toEqual({ entries: [], count: 0, offset: 0, limit: 0 })
        expect((await loyalty(other.headers)).points_pending).toEqual(0)
      })
    })
  },
})
