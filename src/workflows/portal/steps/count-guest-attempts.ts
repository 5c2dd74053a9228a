import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  RateLimitScope,
  ReturnPortalSettings,
} from "../../../modules/return-portal"
import { returnPortalStep } from "../../utils/module-step"

export type CountGuestAttemptsStepInput = {
  attempts: { scope: RateLimitScope; key: string }[]
}

const limitOf = (settings: ReturnPortalSettings, scope: RateLimitScope) =>
  scope === "ip"
    ? settings.requests_per_ip_per_hour
    : scope === "code:order"
      ? settings.codes_per_order_per_hour
      : settings.attempts_per_order_per_hour

export const countGuestAttemptsStepId = "count-guest-attempts"

/**
 * Counts one guest attempt under each scope (this hour) and says whether
 * any count is over its limit (`portal.*` options). Every scope is counted
 * even when the first is over, and whether or not the order exists, so
 * a 429 tells nothing about the order. No compensation: an attempt that
 * failed later was still an attempt.
 *
 * @example
 * const { limited } = countGuestAttemptsStep({
 *   attempts: [{ scope: "ip", key: "203.0.113.7" }, { scope: "code:order", key: "1042" }],
 * })
 */
export const countGuestAttemptsStep = returnPortalStep(
  countGuestAttemptsStepId,
  async (input: CountGuestAttemptsStepInput, service) => {
    const settings = await service.getSettings()
    let limited = false
    for (const { scope, key } of input.attempts) {
      const count = await service.countAttempt(scope, key)
      limited ||= count > limitOf(settings, scope)
    }
    return new StepResponse({ limited })
  }
)
