import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  presentStoreReturnRequestsStep,
  type PresentStoreReturnRequestsStepInput,
} from "./steps/present-store-return-requests"

export type GetStoreReturnRequestsWorkflowInput =
  PresentStoreReturnRequestsStepInput

export const getStoreReturnRequestsWorkflowId = "get-store-return-requests"

/**
 * Return requests as their customer reads them (`StoreReturnRequest[]`, in
 * the order of `ids`; others' requests left out), for the store routes and
 * any page that shows a request (a dispute's). Read-only.
 *
 * @example
 * const { result } = await getStoreReturnRequestsWorkflow(container).run({ input: { ids: ["rreq_123"], customer_id } })
 */
export const getStoreReturnRequestsWorkflow = createWorkflow(
  getStoreReturnRequestsWorkflowId,
  (input: GetStoreReturnRequestsWorkflowInput) =>
    new WorkflowResponse(presentStoreReturnRequestsStep(input))
)
