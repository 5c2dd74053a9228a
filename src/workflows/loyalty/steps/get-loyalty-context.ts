import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"

export type LoyaltyContext = {
  account_id: string
  tier: {
    id: string
    name: string
    rank: number
    points_multiplier: number
    benefits: Record<string, unknown>
  } | null
  points_per_currency_unit: number
  points_expire_days: number
}

export const getLoyaltyContextStepId = "get-loyalty-context"

/**
 * Loads (creating if needed) the customer's account; null for a guest with its tier and the
 * program settings accrual needs.
 *
 * @example
 * const ctx = getLoyaltyContextStep({ customer_id: "cus_123" })
 */
export const getLoyaltyContextStep = createStep(
  getLoyaltyContextStepId,
  async ({ customer_id }: { customer_id?: string | null }, { container }) => {
    // Guest orders have no customer, so no account.
    if (!customer_id) {
      return new StepResponse<LoyaltyContext | null>(null)
    }
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    const { id } = await service.ensureAccount(customer_id)
    const account = await service.retrieveLoyaltyAccount(id, {
      relations: ["tier"],
    })
    const settings = await service.getProgramSettings()
    const tier = account.tier
      ? {
          id: account.tier.id,
          name: account.tier.name,
          rank: account.tier.rank,
          points_multiplier: Number(account.tier.points_multiplier ?? 1),
          benefits: (account.tier.benefits ?? {}) as Record<string, unknown>,
        }
      : null

    return new StepResponse<LoyaltyContext | null>({
      account_id: id,
      tier,
      points_per_currency_unit: settings.points_per_currency_unit,
      points_expire_days: settings.points_expire_days,
    })
  }
)
