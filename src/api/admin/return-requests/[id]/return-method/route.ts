import { setReturnMethodWorkflow } from "../../../../../workflows/logistics"
import { returnRequestAction } from "../../../../utils/return-requests"

/**
 * Customer service books the pickup for the customer (a CSR on the phone),
 * or switches it to a drop-off: the customer's rules, recorded as booked
 * by the signed-in admin. Unknown request: 404.
 */
export const POST = returnRequestAction(setReturnMethodWorkflow, "admin_id")
