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
  },
})
