import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { findReturnRequestByReturnStep } from "./steps/find-return-request-by-return"
import { issueReturnStoreCreditStep } from "./steps/issue-return-store-credit"
import { markReturnRequestCompletedStep } from "./steps/mark-return-request-completed"
import { settleReturnWithStoreCreditWorkflow } from "./settle-return-with-store-credit"
import { chargeReturnRestockingFeeWorkflow } from "./charge-return-restocking-fee"

export const ReturnRequestCompletionEvents = {
  COMPLETED: "return_request.completed",
  STORE_CREDIT_ISSUED: "return_request.store_credit_issued",
} as const

export type CompleteReturnRequestWorkflowInput = {
  /** The native Medusa return whose items were received. */
  return_id: string
}

export const completeReturnRequestWorkflowId = "complete-return-request"

const restockingFeeOf = (estimate: unknown) =>
  Number(
    (estimate as { restocking_fee_total?: number } | null)
      ?.restocking_fee_total ?? 0
  )

/**
 * When the warehouse receives a request's native return, the request is
 * completed (an audited system decision), the policy's restocking fee is
 * kept out of what Medusa refunds (`chargeReturnRestockingFeeWorkflow`)
 * and, if the customer chose store credit, the refund plus the tier's bonus
 * is credited and the order records a credit line for the refund it no
 * longer owes (see `settleReturnWithStoreCreditWorkflow`). Returns the
 * plugin didn't create, and requests already completed, are left alone.
 * Hook: `returnRequestCompleted`.
 *
 * @example
 * await completeReturnRequestWorkflow(container).run({ input: { return_id: "return_123" } })
 */
export const completeReturnRequestWorkflow = createWorkflow(
  completeReturnRequestWorkflowId,
  (input: CompleteReturnRequestWorkflowInput) => {
    const found = findReturnRequestByReturnStep({ return_id: input.return_id })

    // The request this run completes, when its policy charged a restocking
    // fee (an exchange settles its own difference). First, so the request
    // is seen completed with the order's final balance, and the store
    // credit settles what the order still owes.
    when("restocking-fee-charged", { found }, ({ found }) => {
      const metadata = found?.metadata as Record<string, unknown> | null
      return (
        found?.status === "approved" &&
        !metadata?.exchange &&
        restockingFeeOf(found.refund_estimate) > 0
      )
    }).then(() => {
      chargeReturnRestockingFeeWorkflow.runAsStep({
        input: transform({ found }, ({ found }) => ({
          order_id: found!.order_id,
          return_request_id: found!.id,
          restocking_fee: restockingFeeOf(found!.refund_estimate),
        })),
      })
    })

    const completed = when("request-to-complete", { found }, ({ found }) => {
      return found?.status === "approved"
    }).then(() => {
      const request = markReturnRequestCompletedStep(
        transform({ found, input }, ({ found, input }) => ({
          request_id: found!.id,
          decided_by: `return:${input.return_id}`,
        }))
      )
      emitEventStep({
        eventName: ReturnRequestCompletionEvents.COMPLETED,
        data: transform({ request }, ({ request }) => ({
          id: request.id,
          order_id: request.order_id,
        })),
      }).config({ name: "emit-request-completed" })
      return request
    })

    const credit = when(
      "store-credit-chosen",
      { found },
      ({ found }) =>
        !!found &&
        found.refund_method === "store_credit" &&
        ["approved", "completed"].includes(found.status) &&
        !(found.metadata as Record<string, unknown> | null)?.store_credit
    ).then(() => {
      // First, so a credit that cannot be issued undoes the credit line.
      settleReturnWithStoreCreditWorkflow.runAsStep({
        input: transform({ found }, ({ found }) => ({
          order_id: found!.order_id,
          return_request_id: found!.id,
          refund_total: Number(
            (found!.refund_estimate as { refund_total?: number } | null)
              ?.refund_total ?? 0
          ),
        })),
      })
      const issued = issueReturnStoreCreditStep(
        transform({ found }, ({ found }) => ({ request_id: found!.id }))
      )
      emitEventStep({
        eventName: ReturnRequestCompletionEvents.STORE_CREDIT_ISSUED,
        data: transform({ found, issued }, ({ found, issued }) => ({
          id: found!.id,
          order_id: found!.order_id,
          kind: issued.kind,
          code: issued.code,
          amount: issued.amount,
          currency_code: issued.currency_code,
        })),
      }).config({ name: "emit-store-credit-issued" })
      return issued
    })

    const result = transform(
      { found, completed, credit },
      ({ found, completed, credit }) => ({
        request_id: found?.id ?? null,
        completed: !!completed,
        store_credit: credit ?? null,
      })
    )
    const returnRequestCompleted = createHook("returnRequestCompleted", {
      result,
    })
    return new WorkflowResponse(result, { hooks: [returnRequestCompleted] })
  }
)
