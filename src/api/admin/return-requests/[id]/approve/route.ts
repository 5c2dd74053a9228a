import { approveReturnRequestWorkflow } from "../../../../../workflows/return-policy"
import { returnRequestAction } from "../../../../utils/return-requests"

/** Approves a request under review and creates its native return. */
export const POST = returnRequestAction(
  approveReturnRequestWorkflow,
  "decided_by"
)
