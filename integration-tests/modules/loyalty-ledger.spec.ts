import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import LoyaltyProgramModuleService from "../../src/modules/loyalty-program/service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<LoyaltyProgramModuleService>({
  moduleName: LOYALTY_PROGRAM_MODULE,
  resolve: "./src/modules/loyalty-program",
  testSuite: ({ service }) => {
    const balance = async (customerId: string) => {
      const account = await service.retrieveAccountByCustomer(customerId)
      return {
        available: account!.points_available,
        pending: account!.points_pending,
        debt: account!.points_debt,
      }
    }

    const earn = (
      customer_id: string,
      points: number,
      key: string,
      extra = {}
    ) =>
      service.recordPoints({
        customer_id,
        type: "earn",
        points,
        idempotency_key: key,
        ...extra,
      })

    describe("recordPoints", () => {
      it("creates the account on first use and credits it", async () => {
        const res = await earn("cus_1", 100, "k1")
        expect(res.created).toBe(true)
        expect(await balance("cus_1")).toEqual({
          available: 100,
          pending: 0,
          debt: 0,
        })
      })

      it("writes an idempotency key once", async () => {
        const first = await earn("cus_1", 100, "order.placed:order_1")
        const again = await earn("cus_1", 100, "order.placed:order_1")

        expect(again).toEqual({ ...first, created: false })
        expect(await balance("cus_1")).toEqual({
          available: 100,
          pending: 0,
          debt: 0,
        })
        expect(await service.listLoyaltyPointsEntries({})).toHaveLength(1)
      })

      it.each([[0], [-0.5], [1.5]])("refuses %p points", async (points) => {
        await expect(earn("cus_1", points, "bad")).rejects.toThrow(
          /whole number/
        )
      })

      it("refuses a redemption above the balance and writes nothing", async () => {
        await earn("cus_1", 50, "k1")
        await expect(
          service.recordPoints({
            customer_id: "cus_1",
            type: "redeem",
            points: -60,
            idempotency_key: "r1",
          })
        ).rejects.toThrow("Insufficient points: 50 available, 60 needed")
        expect(await balance("cus_1")).toEqual({
          available: 50,
          pending: 0,
          debt: 0,
        })
        expect(await service.listLoyaltyPointsEntries({})).toHaveLength(1)
      })
    })

    describe("pending points and reversals", () => {
      const past = new Date(Date.now() - 1000)
      const future = new Date(Date.now() + 86_400_000)

      it("keeps earned points pending until available_at, then releases them", async () => {
        await earn("cus_1", 80, "e1", {
          status: "pending",
          available_at: past,
          source_type: "order",
          source_id: "order_1",
        })
        await earn("cus_1", 30, "e2", {
          status: "pending",
          available_at: future,
          source_type: "order",
          source_id: "order_2",
        })
        expect(await balance("cus_1")).toEqual({
          available: 0,
          pending: 110,
          debt: 0,
        })

        expect(await service.releasePendingPoints(new Date())).toEqual(1)
        expect(await balance("cus_1")).toEqual({
          available: 80,
          pending: 30,
          debt: 0,
        })
        expect(await service.releasePendingPoints(new Date())).toEqual(0)
      })

      it("reverses a returned share from pending first, so it never becomes spendable", async () => {
        await earn("cus_1", 100, "e1", {
          status: "pending",
          available_at: past,
          source_type: "order",
          source_id: "order_1",
        })
        await service.recordPoints({
          customer_id: "cus_1",
          type: "reverse",
          points: -40,
          source_type: "order",
          source_id: "order_1",
          idempotency_key: "rev1",
        })
        expect(await balance("cus_1")).toEqual({
          available: 0,
          pending: 60,
          debt: 0,
        })

        await service.releasePendingPoints(new Date())
        expect(await balance("cus_1")).toEqual({
          available: 60,
          pending: 0,
          debt: 0,
        })
      })

      it("records debt when the reversed points were already spent, and repays it from new points", async () => {
        await earn("cus_1", 100, "e1", {
          source_type: "order",
          source_id: "o1",
        })
        await service.recordPoints({
          customer_id: "cus_1",
          type: "redeem",
          points: -90,
          idempotency_key: "r1",
        })
        await service.recordPoints({
          customer_id: "cus_1",
          type: "reverse",
          points: -50,
          source_type: "order",
          source_id: "o1",
          idempotency_key: "rev1",
        })

        expect(await balance("cus_1")).toEqual({
          available: 0,
          pending: 0,
          debt: 40,
        })
        const [reversal] = await service.listLoyaltyPointsEntries({
          type: "reverse",
        })
        expect(reversal.debt).toEqual(40)

        await earn("cus_1", 100, "e2")
        expect(await balance("cus_1")).toEqual({
          available: 60,
          pending: 0,
          debt: 0,
        })
      })
    })

    describe("concurrency", () => {
      it("20 concurrent redemptions against a balance covering 5 give exactly 5", async () => {
        await earn("cus_1", 500, "k1")

        const results = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) =>
            service.recordPoints({
              customer_id: "cus_1",
              type: "redeem",
              points: -100,
              idempotency_key: `redeem-${i}`,
            })
          )
        )

        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5)
        expect(await balance("cus_1")).toEqual({
          available: 0,
          pending: 0,
          debt: 0,
        })
        expect(
          await service.listLoyaltyPointsEntries({ type: "redeem" })
        ).toHaveLength(5)
      })
    })

    describe("evaluateTiers", () => {
      const order = (
        customer: string,
        id: string,
        amount: number,
        daysAgo = 0
      ) =>
        service
          .recordPoints({
            customer_id: customer,
            type: "earn",
            points: Math.floor(amount),
            amount,
            source_type: "order",
            source_id: id,
            idempotency_key: `order.placed:${id}`,
          })
          .then(async (r) => {
            if (daysAgo) {
              // Backdate for the rolling period.
              await service.updateLoyaltyPointsEntries({
                id: r.entry_id,
                created_at: new Date(Date.now() - daysAgo * 86_400_000),
              })
            }
          })

      const tierOf = async (customer: string) =>
        (await service.retrieveAccountByCustomer(customer))?.tier?.name ?? null

      beforeEach(async () => {
        await service.createLoyaltyTiers([
          { name: "Member", rank: 0 },
          { name: "Silver", rank: 1, min_lifetime_spend: 250 },
          {
            name: "Gold",
            rank: 2,
            min_lifetime_spend: 1000,
            min_orders: 3,
            period_days: 365,
          },
        ])
      })

      it("puts everyone in the highest tier they meet, in one pass, and records why", async () => {
        await order("cus_a", "o1", 100)
        await order("cus_b", "o2", 300)
        await order("cus_c", "o3", 600)
        await order("cus_c", "o4", 300)
        await order("cus_c", "o5", 200)

        const changes = await service.evaluateTiers({
          now: new Date(),
          changed_by: "nightly",
        })

        expect(changes).toHaveLength(3)
        expect(await tierOf("cus_a")).toEqual("Member")
        expect(await tierOf("cus_b")).toEqual("Silver")
        expect(await tierOf("cus_c")).toEqual("Gold")
        const account = await service.retrieveAccountByCustomer("cus_c")
        expect(account!.lifetime_spend).toEqual(1100)
        expect(account!.orders_in_period).toEqual(3)
        const audit = await service.listLoyaltyTierChanges({
          account_id: account!.id,
        })
        expect(audit).toEqual([
          expect.objectContaining({
            from_tier_id: null,
            changed_by: "nightly",
            reason: "qualified for a tier",
          }),
        ])

        // Nothing changed since: a second pass records nothing.
        expect(
          await service.evaluateTiers({
            now: new Date(),
            changed_by: "nightly",
          })
        ).toEqual([])
      })

      it("counts gold's orders over its rolling 12 months only", async () => {
        await order("cus_c", "o3", 600, 400)
        await order("cus_c", "o4", 300)
        await order("cus_c", "o5", 200)
        await service.evaluateTiers({ now: new Date(), changed_by: "system" })
        expect(await tierOf("cus_c")).toEqual("Silver")
      })

      it("downgrades only after the grace period, and never while locked", async () => {
        await order("cus_b", "o2", 300)
        await service.evaluateTiers({ now: new Date(), changed_by: "system" })
        expect(await tierOf("cus_b")).toEqual("Silver")

        await service.recordPoints({
          customer_id: "cus_b",
          type: "reverse",
          points: -300,
          amount: -300,
          source_type: "order",
          source_id: "o2",
          idempotency_key: "order.return_received:ret_1",
        })
        await service.evaluateTiers({ now: new Date(), changed_by: "system" })
        expect(await tierOf("cus_b")).toEqual("Silver")

        const in31Days = new Date(Date.now() + 31 * 86_400_000)
        const account = await service.retrieveAccountByCustomer("cus_b")
        await service.updateLoyaltyAccounts({
          id: account!.id,
          tier_locked: true,
          tier_lock_reason: "VIP goodwill",
          tier_lock_expires_at: new Date(Date.now() + 60 * 86_400_000),
        })
        await service.evaluateTiers({ now: in31Days, changed_by: "system" })
        expect(await tierOf("cus_b")).toEqual("Silver")

        // Once the lock lapses the usual grace starts; the downgrade follows
        // when it is over.
        const in61Days = new Date(Date.now() + 61 * 86_400_000)
        await service.evaluateTiers({ now: in61Days, changed_by: "system" })
        expect(await tierOf("cus_b")).toEqual("Silver")
        const unlocked = await service.retrieveAccountByCustomer("cus_b")
        expect(unlocked!.tier_locked).toBe(false)

        const in92Days = new Date(Date.now() + 92 * 86_400_000)
        const changes = await service.evaluateTiers({
          now: in92Days,
          changed_by: "nightly",
        })
        expect(changes).toEqual([
          expect.objectContaining({
            customer_id: "cus_b",
            reason: "below the tier's thresholds for 30 days",
          }),
        ])
        expect(await tierOf("cus_b")).toEqual("Member")
      })

      it("limits an evaluation to the customers asked for", async () => {
        await order("cus_a", "o1", 300)
        await order("cus_b", "o2", 300)
        await service.evaluateTiers({
          customer_ids: ["cus_a"],
          now: new Date(),
          changed_by: "system",
        })
        expect(await tierOf("cus_a")).toEqual("Silver")
        expect(await tierOf("cus_b")).toBeNull()
      })

      it("revertTierChanges puts the previous tier back", async () => {
        await order("cus_b", "o2", 300)
        const changes = await service.evaluateTiers({
          now: new Date(),
          changed_by: "system",
        })
        await service.revertTierChanges(changes)
        expect(await tierOf("cus_b")).toBeNull()
        expect(await service.listLoyaltyTierChanges({})).toHaveLength(0)
      })
    })

    describe("expirePoints", () => {
      it("expires what was earned by the expiry minus what was spent since, once a day", async () => {
        const yesterday = new Date(Date.now() - 86_400_000)
        const nextYear = new Date(Date.now() + 365 * 86_400_000)
        await earn("cus_1", 100, "old", { expires_at: yesterday })
        await earn("cus_1", 50, "new", { expires_at: nextYear })
        await service.recordPoints({
          customer_id: "cus_1",
          type: "redeem",
          points: -30,
          idempotency_key: "spend",
        })

        const now = new Date()
        expect(await service.expirePoints(now)).toEqual([
          { customer_id: "cus_1", points: 70 },
        ])
        expect(await balance("cus_1")).toEqual({
          available: 50,
          pending: 0,
          debt: 0,
        })

        expect(await service.expirePoints(now)).toEqual([])
        const tomorrow = new Date(Date.now() + 86_400_000)
        expect(await service.expirePoints(tomorrow)).toEqual([])
        expect(await balance("cus_1")).toEqual({
          available: 50,
          pending: 0,
          debt: 0,
        })
      })
    })

    describe("listPointsExpiring", () => {
      it("names customers whose points expire on the notice day, net of what was spent", async () => {
        const now = new Date("2026-06-01T03:30:00Z")
        const day = 86_400_000
        await earn("cus_1", 100, "a", {
          expires_at: new Date(now.getTime() + 14 * day - 3_600_000),
        })
        await earn("cus_1", 40, "b", {
          expires_at: new Date(now.getTime() + 200 * day),
        })
        await service.recordPoints({
          customer_id: "cus_1",
          type: "redeem",
          points: -30,
          idempotency_key: "spend-1",
        })
        // Expires in 13 days: its notice went out yesterday.
        await earn("cus_2", 80, "c", {
          expires_at: new Date(now.getTime() + 13 * day - 3_600_000),
        })

        const expiring = await service.listPointsExpiring(now, 14)
        expect(expiring).toEqual([
          {
            customer_id: "cus_1",
            points: 70,
            expires_at: new Date(now.getTime() + 14 * day),
          },
        ])
        // The next night the same entries are outside the notice day.
        expect(
          await service.listPointsExpiring(new Date(now.getTime() + day), 14)
        ).toEqual([])
      })
    })
  },
})
