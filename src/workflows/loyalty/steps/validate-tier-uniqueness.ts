import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyProgramStep } from "../../utils/module-step"

export type ValidateTierUniquenessStepInput = {
  /** The tier being updated, so it does not clash with itself. */
  id?: string
  name?: string
  rank?: number
}

export const validateTierUniquenessStepId = "validate-tier-uniqueness"

/**
 * Refuses a tier whose name or rank another tier already uses. The unique
 * indexes would refuse it too, but with a database error instead of a
 * message naming the field.
 *
 * @example
 * validateTierUniquenessStep({ name: "Gold", rank: 2 })
 */
export const validateTierUniquenessStep = loyaltyProgramStep(
  validateTierUniquenessStepId,
  async (input: ValidateTierUniquenessStepInput, service) => {
    const checks: [keyof ValidateTierUniquenessStepInput, unknown][] = [
      ["rank", input.rank],
      ["name", input.name],
    ]
    for (const [field, value] of checks) {
      if (value === undefined) {
        continue
      }
      const [clash] = await service.listLoyaltyTiers(
        { [field]: value },
        { take: 1 }
      )
      if (clash && clash.id !== input.id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}: tier "${clash.name}" already has ${field} ${JSON.stringify(
            value
          )}`
        )
      }
    }

    return new StepResponse(void 0)
  }
)
