import { rejectReturnRequestWorkflow } from "../../../../../workflows/return-policy"
import { returnRequestAction } from "../../../../utils/return-requests"

/** Rejects a request under review; the note is what the customer is told. */
export const POST = returnRequestAction(
  rejectReturnRequestWorkflow,
  "decided_by"
)
