import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import type { DisputeResolutionKind } from "../../modules/return-dispute"
import { approveReturnRequestWorkflow } from "../return-policy/review-return-request"
import { announceResult } from "../utils/announce-result"
import { DisputeEvents } from "./events"
import { addDisputeMessageStep } from "./steps/add-dispute-message"
import { claimDisputeResolutionStep } from "./steps/claim-dispute-resolution"
import { loadResolutionContextStep } from "./steps/load-resolution-context"
import { recordDisputeRefundsStep } from "./steps/record-dispute-refunds"
import { reopenReturnRequestStep } from "./steps/reopen-return-request"
import { validateNoPlaceholdersStep } from "./steps/validate-no-placeholders"
import { disputeRefundNote } from "./utils"

export type ResolveDisputeWorkflowInput = {
  dispute_id: string
  kind: DisputeResolutionKind
  /** partial_refund only: major units, at most what is still refundable. */
  amount?: number | null
  /** Required for `rejected`; its rendered body is posted to the customer. */
  policy_template_id?: string | null
  /**
   * Shown to the customer in the resolution email, below the outcome and
   * the amount; refused while it holds a `{{placeholder}}`.
   */
  note?: string | null
  /** The admin user resolving. */
  resolved_by: string
}

export const resolveDisputeWorkflowId = "resolve-dispute"

/**
 * Closes a dispute, acting in Medusa:
 * - `full_refund` / `partial_refund`: refunds the order's captured payment
 *   through Medusa's refund flow (full = all that is still refundable;
 *   partial at most that);
 * - `reversal`: approves the return request (reopening a rejected one),
 *   which creates the native return;
 * - `rejected`: closes with the cited policy template.
 * A cited template's rendered body is posted as a system message.
 *
 * The dispute is claimed (closed under its row lock) before anything
 * moves, so a retried call or two managers at once refund once; the
 * second is refused as already resolved. Should a step after the refund
 * fail, the dispute stays resolved with the refund recorded (a refund is
 * not undone), so a retry cannot refund again. Emits `dispute.resolved`;
 * hook `disputeResolved`.
 *
 * @example
 * await resolveDisputeWorkflow(container).run({ input: { dispute_id, kind: "partial_refund", amount: 15, resolved_by: "user_123" } })
 */
export const resolveDisputeWorkflow = createWorkflow(
  resolveDisputeWorkflowId,
  (input: ResolveDisputeWorkflowInput) => {
    // The note goes to the customer in the resolution email.
    validateNoPlaceholdersStep(
      transform({ input }, ({ input }) => ({ fields: { note: input.note } }))
    )
    const context = loadResolutionContextStep({
      dispute_id: input.dispute_id,
      kind: input.kind,
      amount: input.amount,
      policy_template_id: input.policy_template_id,
    })

    const refundNote = transform({ context }, ({ context }) =>
      disputeRefundNote(context.dispute.number)
    )

    claimDisputeResolutionStep(
      transform(
        { input, context, refundNote },
        ({ input, context, refundNote }) => ({
          dispute_id: input.dispute_id,
          order_id: context.dispute.order_id,
          refund_note: refundNote,
          kind: input.kind,
          amount: context.refund?.amount ?? null,
          note: input.note ?? null,
          policy_template_id: input.policy_template_id ?? null,
          resolved_by: input.resolved_by,
        })
      )
    )

    // Before the refund: once money moved, nothing after it should fail.
    when("post-template-message", { context }, ({ context }) => {
      return !!context.template_message
    }).then(() => {
      addDisputeMessageStep(
        transform({ context }, ({ context }) => ({
          dispute_id: context.dispute.id,
          author_type: "system" as const,
          author_id: null,
          body: context.template_message!,
          internal: false,
          channel: "system" as const,
        }))
      )
    })

    when("refund-dispute", { context }, ({ context }) => {
      return !!context.refund
    }).then(() => {
      refundPaymentWorkflow.runAsStep({
        input: transform(
          { input, context, refundNote },
          ({ input, context, refundNote }) => ({
            payment_id: context.refund!.payment_id,
            amount: context.refund!.amount,
            created_by: input.resolved_by,
            note: refundNote,
          })
        ),
      })
      recordDisputeRefundsStep(
        transform({ context, refundNote }, ({ context, refundNote }) => ({
          dispute_id: context.dispute.id,
          payment_id: context.refund!.payment_id,
          note: refundNote,
        }))
      )
    })

    when("reverse-return-request", { input }, ({ input }) => {
      return input.kind === "reversal"
    }).then(() => {
      reopenReturnRequestStep(
        transform({ input, context }, ({ input, context }) => ({
          request_id: context.request!.id,
          dispute_number: context.dispute.number,
          decided_by: input.resolved_by,
        }))
      )
      approveReturnRequestWorkflow.runAsStep({
        input: transform({ input, context }, ({ input, context }) => ({
          request_id: context.request!.id,
          decided_by: input.resolved_by,
          note: input.note ?? `Approved by dispute ${context.dispute.number}`,
        })),
      })
    })

    const result = transform({ input, context }, ({ input, context }) => ({
      id: context.dispute.id,
      number: context.dispute.number,
      order_id: context.dispute.order_id,
      customer_id: context.dispute.customer_id,
      status: input.kind === "rejected" ? "rejected" : "resolved",
      resolution_kind: input.kind,
      resolution_amount: context.refund?.amount ?? null,
      resolution_note: input.note ?? null,
      currency_code: context.dispute.currency_code,
      policy_template_id: input.policy_template_id ?? null,
      resolved_by: input.resolved_by,
    }))
    const disputeResolved = announceResult(
      result,
      DisputeEvents.RESOLVED,
      "disputeResolved",
      "dispute"
    )
    return new WorkflowResponse(result, { hooks: [disputeResolved] })
  }
)
