import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { z } from "@medusajs/framework/zod"
import {
  createAndCompleteReturnOrderWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import type {
  ItemCondition,
  RefundMethod,
  ReturnOutcome,
} from "../../modules/return-policy/engine"
import type { ReturnChannel } from "../../modules/return-policy"
import { loadReturnContextStep } from "./steps/load-return-context"
import { evaluateReturnRequestStep } from "./steps/evaluate-return-request"
import { createReturnRequestStep } from "./steps/create-return-request"

export const ReturnRequestEvents = {
  CREATED: "return_request.created",
  APPROVED: "return_request.approved",
  PENDING_REVIEW: "return_request.pending_review",
  REJECTED: "return_request.rejected",
  CANCELED: "return_request.canceled",
} as const

export type RequestReturnWorkflowInput = {
  order_id: string
  /** Set for storefront requests: the order must be this customer's. */
  customer_id?: string
  items: {
    line_item_id: string
    quantity: number
    reason_code: string
    condition?: ItemCondition
    note?: string
    has_evidence?: boolean
  }[]
  refund_method?: RefundMethod
  return_shipping_option_id?: string
  channel: ReturnChannel
  created_by_type: "customer" | "admin"
  created_by: string
  note?: string
}

export const requestReturnWorkflowId = "request-return"

/**
 * A return request through the policy: ownership and eligibility are
 * checked, the engine decides, and an auto-approved request gets its native
 * Medusa return at once (so inventory and refunds work as usual); others
 * wait for review. Out-of-policy requests are refused with every reason and
 * nothing is written.
 *
 * Hooks: `policyEvaluated({ evaluation, context, input })` may return
 * `{ outcome: "auto_approve" | "review" }` to change the decision;
 * `returnRequestCreated({ request })` for side effects.
 *
 * @example
 * const { result } = await requestReturnWorkflow(container).run({
 *   input: {
 *     order_id, customer_id, channel: "storefront", created_by_type: "customer", created_by: customer_id,
 *     items: [{ line_item_id, quantity: 1, reason_code: "TOO_SMALL" }],
 *   },
 * })
 */
export const requestReturnWorkflow = createWorkflow(
  requestReturnWorkflowId,
  (input: RequestReturnWorkflowInput) => {
    const context = loadReturnContextStep({
      order_id: input.order_id,
      customer_id: input.customer_id,
      return_shipping_option_id: input.return_shipping_option_id,
    })

    const refundMethod = transform(
      { input },
      ({ input }) => input.refund_method ?? "original_payment"
    )
    const evaluation = evaluateReturnRequestStep({
      context,
      items: input.items,
      refund_method: refundMethod,
    })

    const policyEvaluated = createHook(
      "policyEvaluated",
      { evaluation, context, input },
      {
        resultValidator: z
          .object({ outcome: z.enum(["auto_approve", "review"]) })
          .optional(),
      }
    )
    const outcome = transform(
      { evaluation, hook: policyEvaluated.getResult() },
      ({ evaluation, hook }): ReturnOutcome =>
        hook?.outcome ?? evaluation.outcome
    )

    const nativeReturn = when("auto-approved", { outcome }, ({ outcome }) => {
      return outcome === "auto_approve"
    }).then(() => {
      const returnInput = transform(
        { input, context, evaluation },
        ({ input, context, evaluation }) => ({
          order_id: input.order_id,
          created_by: input.created_by,
          items: input.items.map((item) => ({
            id: item.line_item_id,
            quantity: item.quantity,
            note: item.note,
          })),
          return_shipping: context.return_shipping.option_id
            ? {
                option_id: context.return_shipping.option_id,
                // The tier's free return shipping: the customer pays nothing.
                ...(evaluation.free_return_shipping ? { price: 0 } : {}),
              }
            : undefined,
          note: input.note,
        })
      )
      return createAndCompleteReturnOrderWorkflow.runAsStep({
        input: returnInput,
      })
    })

    const requestInput = transform(
      { input, context, evaluation, outcome, nativeReturn, refundMethod },
      (data) => {
        const byLine = new Map(
          data.evaluation.refund.items.map((i) => [i.line_item_id, i])
        )
        return {
          order_id: data.input.order_id,
          customer_id: data.context.customer_id,
          channel: data.input.channel,
          created_by_type: data.input.created_by_type,
          created_by: data.input.created_by,
          items: data.input.items.map((item) => ({
            line_item_id: item.line_item_id,
            quantity: item.quantity,
            reason_code: item.reason_code,
            condition: item.condition ?? null,
            note: item.note ?? null,
            refund_amount: byLine.get(item.line_item_id)?.total ?? 0,
            restocking_fee: byLine.get(item.line_item_id)?.restocking_fee ?? 0,
          })),
          refund_estimate: data.evaluation.refund,
          refund_method: data.refundMethod,
          policy_id: data.context.policy.id,
          policy_version: data.context.policy.version,
          tier_id: data.context.tier?.id ?? null,
          tier_name: data.context.tier?.name ?? null,
          note: data.input.note ?? null,
          metadata: {
            return_shipping_option_id: data.context.return_shipping.option_id,
            free_return_shipping: data.evaluation.free_return_shipping,
          },
          return_id: (data.nativeReturn as { id?: string } | undefined)?.id,
          decision: {
            outcome: data.outcome,
            decided_by_type: "policy" as const,
            tier_snapshot: data.context.tier,
            rules: data.evaluation.rules,
            reasons: data.evaluation.reasons,
          },
        }
      }
    )
    const request = createReturnRequestStep(requestInput)

    const events = transform({ request }, ({ request }) => [
      {
        name: ReturnRequestEvents.CREATED,
        data: { id: request.id, order_id: request.order_id },
      },
      {
        name:
          request.status === "approved"
            ? ReturnRequestEvents.APPROVED
            : ReturnRequestEvents.PENDING_REVIEW,
        data: { id: request.id, order_id: request.order_id },
      },
    ])
    emitEventStep({
      eventName: transform({ events }, ({ events }) => events[0].name),
      data: transform({ events }, ({ events }) => events[0].data),
    }).config({ name: "emit-request-created" })
    emitEventStep({
      eventName: transform({ events }, ({ events }) => events[1].name),
      data: transform({ events }, ({ events }) => events[1].data),
    }).config({ name: "emit-request-decided" })

    const returnRequestCreated = createHook("returnRequestCreated", {
      request,
    })
    return new WorkflowResponse(request, {
      hooks: [policyEvaluated, returnRequestCreated],
    })
  }
)
