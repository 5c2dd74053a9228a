import { resolveDisputeWorkflow } from "../../../../../workflows/disputes"
import { disputeAction } from "../../../../utils/disputes"

/**
 * Resolves the dispute (full or partial refund, reversal of the return
 * decision) or rejects it citing a policy template. A dispute is resolved
 * once: a second call, or a concurrent one, is refused.
 */
export const POST = disputeAction(resolveDisputeWorkflow, "resolved_by")
