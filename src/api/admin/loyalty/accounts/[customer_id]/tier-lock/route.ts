import {
  lockTierWorkflow,
  unlockTierWorkflow,
} from "../../../../../../workflows/loyalty"
import { accountAction } from "../../helpers"

/** Locks the customer on a tier until `expires_at` (or until unlocked). */
export const POST = accountAction(lockTierWorkflow, "locked_by")

/** Lifts the lock; the customer is re-evaluated at once. */
export const DELETE = accountAction(unlockTierWorkflow, "unlocked_by")
