import { assignDisputeWorkflow } from "../../../../../workflows/disputes"
import { disputeAction } from "../../../../utils/disputes"

/** Assigns the dispute to an admin user (`assignee_id`; null unassigns). */
export const POST = disputeAction(assignDisputeWorkflow, "assigned_by")
