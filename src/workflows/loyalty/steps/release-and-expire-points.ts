import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyProgramStep } from "../../utils/module-step"

export const releaseAndExpirePointsStepId = "release-and-expire-points"

/**
 * Makes due pending points available, expires old points and lists the
 * points that will expire after the notice period, as of `now` (default:
 * the current time). Both are
 * idempotent ledger writes (safe to run twice), and their effect is what the
 * calendar says, so there is nothing to compensate.
 *
 * @example
 * releaseAndExpirePointsStep({ now: new Date() })
 */
export const releaseAndExpirePointsStep = loyaltyProgramStep(
  releaseAndExpirePointsStepId,
  async (input: { now?: Date | string }, service) => {
    const now = input.now ? new Date(input.now) : new Date()
    const released = await service.releasePendingPoints(now)
    const expired = await service.expirePoints(now)
    const { points_expiring_notice_days } = await service.getProgramSettings()
    const expiring = await service.listPointsExpiring(
      now,
      points_expiring_notice_days
    )
    return new StepResponse({ released, expired, expiring })
  }
)
