import { MedusaError } from "@medusajs/framework/utils"
import type { CreateRewardDTO } from "../types"

/**
 * The rules a reward must satisfy as a whole, which a field-by-field schema
 * cannot see: an amount off needs a currency, a percentage stays within
 * 0-100, free shipping carries no value. Throws a 400 naming the field.
 */
export const validateReward = (reward: CreateRewardDTO): void => {
  const value = Number(reward.value ?? 0)
  const invalid = (message: string) =>
    new MedusaError(MedusaError.Types.INVALID_DATA, message)

  switch (reward.kind) {
    case "amount_off":
      if (!reward.currency_code) {
        throw invalid("currency_code is required for an amount_off reward")
      }
      if (!(value > 0)) {
        throw invalid("value must be more than 0 for an amount_off reward")
      }
      break
    case "percent_off":
      if (!(value > 0 && value <= 100)) {
        throw invalid(
          "value must be between 0 and 100 for a percent_off reward"
        )
      }
      break
    case "free_shipping":
      if (value !== 0) {
        throw invalid("value must be 0 for a free_shipping reward")
      }
      break
  }
}
