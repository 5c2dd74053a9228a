import { singleStepWorkflow } from "../utils/single-step-workflow"
import { pruneGuestAccessStep } from "./steps/prune-guest-access"

export const pruneGuestAccessWorkflowId = "prune-guest-access"

/**
 * Deletes ended guest codes and closed rate-limit windows (the nightly
 * job runs it), so the two tables stay the size of a few days' traffic.
 *
 * @example
 * await pruneGuestAccessWorkflow(container).run({ input: { older_than_days: 7 } })
 */
export const pruneGuestAccessWorkflow = singleStepWorkflow(
  pruneGuestAccessWorkflowId,
  pruneGuestAccessStep
)
