import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  cancelReturnWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { recordReturnDecisionStep } from "./steps/record-return-decision"
import { validateReturnRequestOwnerStep } from "./steps/validate-return-request-owner"
import { cancelNativeReturnFulfillmentsStep } from "./steps/cancel-native-return-fulfillments"
import { ReturnRequestEvents } from "./request-return"

export type CancelReturnRequestWorkflowInput = {
  request_id: string
  /** Set when the customer cancels: the request must be theirs. */
  customer_id?: string
  canceled_by_type: "customer" | "admin"
  canceled_by: string
  note?: string
}

export const cancelReturnRequestWorkflowId = "rms-cancel-return-request"

/**
 * Cancels a request that is waiting for review or approved but not received
 * yet. An approved request's native Medusa return is canceled too, so its
 * items count as returnable again; once items were received Medusa refuses,
 * and the decision is rolled back. Hook: `returnRequestCanceled`.
 *
 * @example
 * await cancelReturnRequestWorkflow(container).run({
 *   input: { request_id, customer_id, canceled_by_type: "customer", canceled_by: customer_id },
 * })
 */
export const cancelReturnRequestWorkflow = createWorkflow(
  cancelReturnRequestWorkflowId,
  (input: CancelReturnRequestWorkflowInput) => {
    validateReturnRequestOwnerStep({
      request_id: input.request_id,
      customer_id: input.customer_id,
    })
    const decision = transform({ input }, ({ input }) => ({
      request_id: input.request_id,
      status: "canceled" as const,
      decision: {
        outcome: "canceled" as const,
        decided_by_type: input.canceled_by_type,
        decided_by: input.canceled_by,
        note: input.note ?? null,
        reasons: input.note ? [input.note] : [],
      },
    }))
    const request = recordReturnDecisionStep(decision)

    when("cancel-native-return", { request }, ({ request }) => {
      return !!request.return_id
    }).then(() => {
      cancelNativeReturnFulfillmentsStep({
        return_id: transform(
          { request },
          ({ request }) => request.return_id as string
        ),
      })
      cancelReturnWorkflow.runAsStep({
        input: transform({ request, input }, ({ request, input }) => ({
          return_id: request.return_id as string,
          canceled_by: input.canceled_by,
          no_notification: true,
        })),
      })
    })

    emitEventStep({
      eventName: ReturnRequestEvents.CANCELED,
      data: transform({ request }, ({ request }) => ({
        id: request.id,
        order_id: request.order_id,
      })),
    })
    const returnRequestCanceled = createHook("returnRequestCanceled", {
      request,
    })
    return new WorkflowResponse(request, { hooks: [returnRequestCanceled] })
  }
)
