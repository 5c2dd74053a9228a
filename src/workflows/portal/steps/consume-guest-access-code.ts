import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashAccessCode } from "../../../utils/guest-token"
import { returnPortalStep } from "../../utils/module-step"
import { jwtSecret } from "../utils"

export type ConsumeGuestAccessCodeStepInput = {
  /** Null when the order number and email did not match an order. */
  order_id: string | null
  code: string
}

export const consumeGuestAccessCodeStepId = "consume-guest-access-code"

/**
 * Uses the order's live code if `code` is it; a wrong code counts against
 * the live code (`portal.max_wrong_codes` tries). No order: refused, and
 * nothing counted on any code (a wrong email burns no one's code). No
 * compensation: a used code stays used.
 *
 * @example
 * const { accepted } = consumeGuestAccessCodeStep({ order_id: "order_01…", code: "482913" })
 */
export const consumeGuestAccessCodeStep = returnPortalStep(
  consumeGuestAccessCodeStepId,
  async (input: ConsumeGuestAccessCodeStepInput, service, { container }) => {
    const secret = jwtSecret(container)
    // Hashed either way, so a wrong pair costs what a wrong code costs.
    const codeHash = hashAccessCode(input.code, input.order_id ?? "", secret)
    if (!input.order_id) {
      return new StepResponse({ accepted: false })
    }
    const settings = await service.getSettings()
    const { accepted } = await service.consumeAccessCode({
      order_id: input.order_id,
      code_hash: codeHash,
      max_wrong: settings.max_wrong_codes,
    })
    return new StepResponse({ accepted })
  }
)
