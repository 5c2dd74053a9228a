import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPortalStep } from "../../utils/module-step"

export type PruneGuestAccessStepInput = {
  /** Keep codes and counters this many days past their end (default 7). */
  older_than_days?: number
}

export const pruneGuestAccessStepId = "prune-guest-access"

/**
 * Deletes guest codes and rate-limit counters that ended more than
 * `older_than_days` days ago: neither can be used or counted again. No
 * compensation: they are gone on purpose.
 *
 * @example
 * const { codes, counters } = pruneGuestAccessStep({ older_than_days: 7 })
 */
export const pruneGuestAccessStep = returnPortalStep(
  pruneGuestAccessStepId,
  async (input: PruneGuestAccessStepInput, service) =>
    new StepResponse(await service.pruneGuestAccess(input.older_than_days ?? 7))
)
