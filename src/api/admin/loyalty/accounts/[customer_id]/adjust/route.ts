import { adjustPointsWorkflow } from "../../../../../../workflows/loyalty"
import { accountAction } from "../../helpers"

/** Credits or debits points by hand; the reason goes on the ledger. */
export const POST = accountAction(adjustPointsWorkflow, "created_by")
