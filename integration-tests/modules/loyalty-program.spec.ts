import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import LoyaltyProgramModuleService from "../../src/modules/loyalty-program/service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<LoyaltyProgramModuleService>({
  moduleName: LOYALTY_PROGRAM_MODULE,
  resolve: "./src/modules/loyalty-program",
  testSuite: ({ service }) => {
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
  },
})
