import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createReturnShipmentStep,
  type CreateReturnShipmentStepInput,
} from "./steps/create-return-shipment"

export const recordReturnShipmentWorkflowId = "record-return-shipment"

/**
 * Keeps the label of an approved request's native return: run right after
 * the native return is created (auto-approval and review), so the approval
 * email, the store answer and the admin show the label and the tracking
 * number. The label itself comes from the return shipping option's
 * Fulfillment provider, which Medusa calls when it creates the return
 * fulfillment. Returns the shipment, or null when the provider issued no
 * label.
 *
 * @example
 * await recordReturnShipmentWorkflow(container).run({
 *   input: { request_id: "rreq_123", return_id: "return_123" },
 * })
 */
export const recordReturnShipmentWorkflow = createWorkflow(
  recordReturnShipmentWorkflowId,
  (input: CreateReturnShipmentStepInput) => {
    return new WorkflowResponse(createReturnShipmentStep(input))
  }
)
