import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createAndCompleteReturnOrderWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { recordReturnDecisionStep } from "./steps/record-return-decision"
import { setNativeReturnStep } from "./steps/set-native-return"
import { refundPendingData, ReturnRequestEvents } from "./request-return"
import { approveExchangeOnReview } from "../exchanges/approve-exchange"
import { recordReturnShipmentWorkflow } from "../logistics/record-return-shipment"

export type ReviewReturnRequestInput = {
  request_id: string
  /** The admin user deciding. */
  decided_by: string
  note?: string
}

export const approveReturnRequestWorkflowId = "approve-return-request"

/**
 * An admin approves a request waiting for review: the decision is audited
 * and the native Medusa return is created, once (a second approval is
 * refused under the request's lock). Emits `return_request.approved` and
 * `return_request.refund_pending` (amount and currency, for finance).
 * Hook: `returnRequestApproved`.
 *
 * @example
 * await approveReturnRequestWorkflow(container).run({ input: { request_id, decided_by: "user_123" } })
 */
export const approveReturnRequestWorkflow = createWorkflow(
  approveReturnRequestWorkflowId,
  (input: ReviewReturnRequestInput) => {
    const decision = transform({ input }, ({ input }) => ({
      request_id: input.request_id,
      status: "approved" as const,
      decision: {
        outcome: "approved" as const,
        decided_by_type: "admin" as const,
        decided_by: input.decided_by,
        note: input.note ?? null,
      },
    }))
    const request = recordReturnDecisionStep(decision)

    const nativeReturn = when(
      "create-native-return",
      { request },
      ({ request }) => {
        // An exchange request gets Medusa's exchange instead (below).
        const meta = request.metadata as { exchange?: unknown } | null
        return !request.return_id && !meta?.exchange
      }
    ).then(() => {
      const returnInput = transform(
        { request, input },
        ({ request, input }) => {
          // The return method chosen (or defaulted) when the request was made.
          const meta = (request.metadata ?? {}) as Record<string, unknown>
          const optionId = meta.return_shipping_option_id as string | undefined
          return {
            order_id: request.order_id,
            created_by: input.decided_by,
            // Without it Medusa's return has no location and can't be received.
            location_id:
              (meta.return_location_id as string | null | undefined) ??
              undefined,
            items: request.items.map((item) => ({
              id: item.line_item_id,
              quantity: item.quantity,
              note: item.note ?? undefined,
            })),
            return_shipping: optionId
              ? {
                  option_id: optionId,
                  ...(meta.free_return_shipping ? { price: 0 } : {}),
                }
              : undefined,
            note: input.note,
          }
        }
      )
      const created = createAndCompleteReturnOrderWorkflow.runAsStep({
        input: returnInput,
      })
      const link = transform({ request, created }, ({ request, created }) => ({
        request_id: request.id,
        return_id: (created as { id: string }).id,
      }))
      setNativeReturnStep(link)
      // The label the return option's provider issued, kept with the request.
      recordReturnShipmentWorkflow.runAsStep({ input: link })
      return created
    })

    const nativeExchange = approveExchangeOnReview({
      request,
      decided_by: input.decided_by,
    })

    const result = transform(
      { request, nativeReturn, nativeExchange },
      ({ request, nativeReturn, nativeExchange }) => ({
        ...request,
        return_id:
          request.return_id ??
          (nativeReturn as { id?: string } | undefined)?.id ??
          nativeExchange?.return_id ??
          null,
      })
    )
    emitEventStep({
      eventName: ReturnRequestEvents.APPROVED,
      data: transform({ request }, ({ request }) => ({
        id: request.id,
        order_id: request.order_id,
      })),
    })
    emitEventStep({
      eventName: ReturnRequestEvents.REFUND_PENDING,
      data: transform({ result }, ({ result }) => refundPendingData(result)),
    }).config({ name: "emit-refund-pending" })

    const returnRequestApproved = createHook("returnRequestApproved", {
      request: result,
    })
    return new WorkflowResponse(result, { hooks: [returnRequestApproved] })
  }
)

export const rejectReturnRequestWorkflowId = "reject-return-request"

/**
 * An admin rejects a request waiting for review, with a note the customer
 * sees. Hook: `returnRequestRejected`.
 *
 * @example
 * await rejectReturnRequestWorkflow(container).run({ input: { request_id, decided_by: "user_123", note: "Worn" } })
 */
export const rejectReturnRequestWorkflow = createWorkflow(
  rejectReturnRequestWorkflowId,
  (input: ReviewReturnRequestInput) => {
    const decision = transform({ input }, ({ input }) => ({
      request_id: input.request_id,
      status: "rejected" as const,
      decision: {
        outcome: "rejected" as const,
        decided_by_type: "admin" as const,
        decided_by: input.decided_by,
        note: input.note ?? null,
        reasons: input.note ? [input.note] : [],
      },
    }))
    const request = recordReturnDecisionStep(decision)
    emitEventStep({
      eventName: ReturnRequestEvents.REJECTED,
      data: transform({ request }, ({ request }) => ({
        id: request.id,
        order_id: request.order_id,
      })),
    })
    const returnRequestRejected = createHook("returnRequestRejected", {
      request,
    })
    return new WorkflowResponse(request, { hooks: [returnRequestRejected] })
  }
)
