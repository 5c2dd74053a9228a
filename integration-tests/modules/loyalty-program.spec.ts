import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import LoyaltyProgramModuleService from "../../src/modules/loyalty-program/service"
import { BACKFILL_ORDER_FACTS } from "../../src/modules/loyalty-program/queries/order-facts"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<LoyaltyProgramModuleService>({
  moduleName: LOYALTY_PROGRAM_MODULE,
  resolve: "./src/modules/loyalty-program",
  testSuite: ({ service, MikroOrmWrapper }) => {
    describe("loyalty tiers", () => {
      it("stores thresholds and benefits", async () => {
        const tier = await service.createLoyaltyTiers({
          name: "Gold",
          rank: 2,
          min_lifetime_spend: 1000,
          benefits: { return_window_days: 60 },
        })

        const [found] = await service.listLoyaltyTiers({ id: tier.id })
        expect(found).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^ltier_/),
            name: "Gold",
            rank: 2,
            min_lifetime_spend: 1000,
            min_orders: null,
            benefits: { return_window_days: 60 },
          })
        )
      })

      it("refuses two live tiers with the same rank", async () => {
        await service.createLoyaltyTiers({ name: "Gold", rank: 2 })
        await expect(
          service.createLoyaltyTiers({ name: "Also gold", rank: 2 })
        ).rejects.toThrow(/rank/)
      })

      it("frees a rank once its tier is deleted", async () => {
        const tier = await service.createLoyaltyTiers({ name: "Gold", rank: 2 })
        await service.softDeleteLoyaltyTiers([tier.id])

        const again = await service.createLoyaltyTiers({
          name: "Gold",
          rank: 2,
        })
        expect(again.id).not.toEqual(tier.id)
      })

      it("refuses a negative rank at the database", async () => {
        await expect(
          service.createLoyaltyTiers({ name: "Below", rank: -1 })
        ).rejects.toThrow()
      })
    })

    describe("order facts", () => {
      const DAY = 86_400_000
      const t0 = Date.UTC(2026, 0, 1)
      const at = (day: number) => new Date(t0 + day * DAY)

      // What a report of [from, to) should say, counted from the rows.
      const bruteForce = async (from: Date, to: Date) => {
        const members = new Set(
          (await service.listLoyaltyAccounts({}))
            .filter((a) => a.tier_id)
            .map((a) => a.customer_id)
        )
        const orders = (await service.listLoyaltyOrderFacts({})).filter(
          (f) =>
            !f.canceled_at &&
            new Date(f.placed_at) >= from &&
            new Date(f.placed_at) < to
        )
        const per = new Map<string, number>()
        orders.forEach((o) =>
          per.set(o.customer_id, (per.get(o.customer_id) ?? 0) + 1)
        )
        const cohort = (member: boolean) => {
          const n = [...per]
            .filter(([c]) => members.has(c) === member)
            .map(([, k]) => k)
          return { customers: n.length, repeat: n.filter((k) => k > 1).length }
        }
        return {
          members: cohort(true),
          non_members: cohort(false),
          customer_orders: orders.length,
          with_points: orders.filter((o) => o.points_earned > 0).length,
          missing_order_ids: orders
            .filter((o) => o.points_earned <= 0)
            .sort(
              (a, b) =>
                +new Date(a.placed_at) - +new Date(b.placed_at) ||
                a.order_id.localeCompare(b.order_id)
            )
            .map((o) => o.order_id),
        }
      }

      it("counts a period's customers and repeat buyers from the linked orders, however the orders arrive", async () => {
        const [gold] = await service.createLoyaltyTiers([
          { name: "Gold", rank: 0 },
        ])
        const member = await service.ensureAccount("cus_member")
        await service.updateLoyaltyAccounts({
          id: member.id,
          tier_id: gold.id,
        })
        await service.ensureAccount("cus_other")
        await service.recordPoints({
          customer_id: "cus_member",
          type: "earn",
          points: 40,
          source_type: "order",
          source_id: "order_m3",
          idempotency_key: "order.placed:order_m3",
        })
        // Out of placement order, a tie on one instant, a guest-free mix.
        const orders: [string, string, number][] = [
          ["order_m3", "cus_member", 10],
          ["order_o2", "cus_other", 5],
          ["order_m1", "cus_member", 1],
          ["order_o1", "cus_other", 2],
          ["order_m2", "cus_member", 3],
          ["order_o3", "cus_other", 5],
          ["order_m4", "cus_member", 20],
        ]
        for (const [order_id, customer_id, day] of orders) {
          await service.syncOrderFact({
            order_id,
            customer_id,
            placed_at: at(day),
          })
        }
        // A cancel takes the order out of its customer's chain, and a
        // rolled-back write puts the chain back as it was.
        await service.syncOrderFact({
          order_id: "order_m2",
          customer_id: "cus_member",
          placed_at: at(3),
          canceled_at: at(4),
        })
        const previous = await service.syncOrderFact({
          order_id: "order_m9",
          customer_id: "cus_member",
          placed_at: at(4),
        })
        expect(previous).toBeNull()
        await service.restoreOrderFact("order_m9", previous)

        const m3 = (
          await service.listLoyaltyOrderFacts({ order_id: "order_m3" })
        )[0]
        expect(m3).toEqual(
          expect.objectContaining({
            points_earned: 40,
            prev_placed_at: at(1),
            next_placed_at: at(20),
          })
        )
        const ranges: [number, number][] = [
          [0, 30],
          [0, 4],
          [2, 6],
          [3, 11],
          [5, 6],
          [11, 20],
          [1, 2],
        ]
        for (const [from, to] of ranges) {
          const report = await service.reportOrderCohorts({
            from: at(from),
            to: at(to),
          })
          expect({ range: [from, to], ...report }).toEqual({
            range: [from, to],
            ...(await bruteForce(at(from), at(to))),
          })
        }
        expect(
          await service.reportOrderCohorts({ from: at(0), to: at(30) })
        ).toEqual(
          expect.objectContaining({
            members: { customers: 1, repeat: 1 },
            non_members: { customers: 1, repeat: 1 },
            customer_orders: 6,
            with_points: 1,
          })
        )

        // Without Medusa's order table in the database, the migration's
        // backfill knows the orders that earned from the ledger alone.
        const manager = MikroOrmWrapper.forkManager()
        await manager.execute(`DELETE FROM loyalty_order_fact`)
        await manager.execute(BACKFILL_ORDER_FACTS)
        expect(await service.listLoyaltyOrderFacts({})).toEqual([
          expect.objectContaining({
            order_id: "order_m3",
            customer_id: "cus_member",
            points_earned: 40,
            prev_placed_at: null,
            next_placed_at: null,
          }),
        ])
      })
    })
  },
})
