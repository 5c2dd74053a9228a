import {
  createHook,
  createWorkflow,
  parallelize,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { z } from "@medusajs/framework/zod"
import {
  acquireLockStep,
  createAndCompleteReturnOrderWorkflow,
  emitEventStep,
  releaseLockStep,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import type {
  RefundBreakdown,
  RefundMethod,
  RequestedItem,
  ReturnOutcome,
} from "../../modules/return-policy/engine"
import type { ReturnChannel } from "../../modules/return-policy"
import { loadAndEvaluateReturn } from "./load-and-evaluate-return"
import { evaluateReturnRequestStep } from "./steps/evaluate-return-request"
import { createReturnRequestStep } from "./steps/create-return-request"
import {
  csrValidateOverrideStep,
  type CsrOverride,
} from "./steps/csr-validate-override"
import { csrEntryOf, csrRecordEntryStep } from "./steps/csr-record-entry"
import { receiptBuildDataStep } from "./steps/receipt-build-data"
import { receiptRenderStep } from "./steps/receipt-render"
import { receiptAttachStep } from "./steps/receipt-attach"
import { createReturnShipmentStep } from "../logistics/steps/create-return-shipment"
import { freshReturnRequestOf } from "./store-presenters"
import {
  pricingContextOf,
  RETURN_PRICING_CONTEXT_KEY,
} from "./return-pricing-context"

export const ReturnRequestEvents = {
  CREATED: "return_request.created",
  APPROVED: "return_request.approved",
  PENDING_REVIEW: "return_request.pending_review",
  REJECTED: "return_request.rejected",
  CANCELED: "return_request.canceled",
  /** An approved request: finance can expect to refund `amount`. */
  REFUND_PENDING: "return_request.refund_pending",
} as const

/** A line the customer returns: what the engine evaluates, with a note. */
export type ReturnRequestItemInput = RequestedItem & { note?: string }

export type RequestReturnWorkflowInput = {
  order_id: string
  /** Set for storefront requests: the order must be this customer's. */
  customer_id?: string
  items: ReturnRequestItemInput[]
  refund_method?: RefundMethod
  return_shipping_option_id?: string
  channel: ReturnChannel
  created_by_type: "customer" | "admin"
  created_by: string
  note?: string
  /**
   * A CSR's choice between auto-approval and review, recorded with who and
   * why. Refused unless `created_by` is allowed (plugin option
   * `returns.override_allowed`). It cannot make an out-of-policy request
   * pass: rejections (window, quantity, final sale, ...) stand.
   */
  override?: CsrOverride | null
  /** Stored on the request, unique: see `createCsrReturnWorkflow`. */
  idempotency_key?: string | null
  /** When the CSR opened the return form, for the initiation-time report. */
  opened_at?: string | Date | null
  /** Render the PDF receipt and store it with the File module. */
  generate_receipt?: boolean
}

export const requestReturnWorkflowId = "request-return"

/**
 * `return_request.refund_pending` data: what finance will refund for an
 * approved request (the store-credit bonus is the plugin's, on top).
 */
export const refundPendingData = (request: {
  id: string
  order_id: string
  rma_number: string
  return_id?: string | null
  refund_method?: string | null
  refund_estimate: unknown
}) => {
  const estimate = request.refund_estimate as RefundBreakdown
  return {
    id: request.id,
    order_id: request.order_id,
    rma_number: request.rma_number,
    return_id: request.return_id ?? null,
    refund_method: request.refund_method ?? "original_payment",
    amount: Number(estimate.refund_total),
    currency_code: estimate.currency_code,
    store_credit_bonus: Number(estimate.store_credit_bonus ?? 0),
  }
}

/**
 * A return request through the policy: ownership and eligibility are
 * checked, the engine decides, and an auto-approved request gets its native
 * Medusa return at once (so inventory and refunds work as usual); others
 * wait for review. Out-of-policy requests are refused with every reason and
 * nothing is written.
 *
 * Hooks: `policyEvaluated({ evaluation, context, input })` may return
 * `{ outcome: "auto_approve" | "review" }` to change the decision (a CSR's
 * `override` wins over it); `returnRequestCreated({ request })` for side
 * effects.
 *
 * Result: the request as written (items, first decision, `return_id`) and
 * `fresh`, what its customer's answer shows as this run read it, for
 * `presentStoreReturnRequests` to shape the answer without reading again.
 *
 * Events: `return_request.created` (with everything the receipt shows:
 * RMA, items and reasons, refund estimate, deadline, receipt URL), then
 * `return_request.approved` or `.pending_review`, and for an approved
 * request `return_request.refund_pending` with the amount and currency.
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
    csrValidateOverrideStep({
      override: input.override,
      created_by_type: input.created_by_type,
      created_by: input.created_by,
    })
    // One request per order at a time: of two concurrent requests for the
    // last unit, the second reads the quantities after the first wrote.
    const lockKey = transform({ input }, ({ input }) => [
      `return-request:${input.order_id}`,
    ])
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const { context, refundMethod, evaluation } = loadAndEvaluateReturn(
      input,
      evaluateReturnRequestStep
    )

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
      { evaluation, hook: policyEvaluated.getResult(), input },
      ({ evaluation, hook, input }): ReturnOutcome =>
        input.override?.outcome ?? hook?.outcome ?? evaluation.outcome
    )

    const nativeReturn = when("auto-approved", { outcome }, ({ outcome }) => {
      return outcome === "auto_approve"
    }).then(() => {
      const returnInput = transform(
        { input, context, evaluation },
        ({ input, context, evaluation }) => ({
          order_id: input.order_id,
          created_by: input.created_by,
          // Medusa leaves the return's location empty unless told, and then
          // can't receive it: the option's stock location is where it goes.
          location_id: context.return_shipping.location_id ?? undefined,
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
          // The tier and policy are read already: the free-shipping hook
          // need not read them again.
          additional_data: {
            [RETURN_PRICING_CONTEXT_KEY]: pricingContextOf(
              context.tier?.id ?? null,
              context.policy.free_return_shipping
            ),
          },
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
            return_location_id: data.context.return_shipping.location_id,
            free_return_shipping: data.evaluation.free_return_shipping,
          },
          return_id: (data.nativeReturn as { id?: string } | undefined)?.id,
          decision: data.input.override
            ? {
                outcome: data.outcome,
                // The CSR decided, with the policy's rules as the record.
                decided_by_type: "admin" as const,
                decided_by: data.input.created_by,
                note: data.input.override.justification.trim(),
                tier_snapshot: data.context.tier,
                rules: data.evaluation.rules,
                reasons: data.evaluation.reasons,
              }
            : {
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

    // Independent of each other, so side by side: the label the return
    // option's provider issued, kept with the request; the CSR's entry
    // details; what the receipt shows.
    const [shipment, , receipt] = parallelize(
      createReturnShipmentStep(
        transform({ request, context }, ({ request, context }) => ({
          request_id: request.id,
          return_id: request.return_id ?? null,
          provider_id: context.return_shipping.provider_id,
        }))
      ),
      csrRecordEntryStep(
        transform({ request, input, evaluation, outcome }, csrEntryOf)
      ),
      receiptBuildDataStep({ request, context, evaluation })
    )
    const receiptFile = when(
      "generate-receipt",
      { input },
      ({ input }) => !!input.generate_receipt
    ).then(() => {
      const file = receiptRenderStep(receipt)
      const uploaded = uploadFilesWorkflow.runAsStep({
        input: transform({ file }, ({ file }) => ({ files: [file] })),
      })
      return receiptAttachStep(
        transform({ uploaded, request }, ({ uploaded, request }) => ({
          request_id: request.id,
          file_id: uploaded[0].id,
        }))
      )
    })

    const events = transform(
      { request, receipt, receiptFile },
      ({ request, receipt, receiptFile }) => [
        {
          name: ReturnRequestEvents.CREATED,
          data: {
            ...receipt,
            receipt_file_id: receiptFile?.receipt_file_id ?? null,
            receipt_url: receiptFile?.receipt_url ?? null,
          },
        },
        {
          name:
            request.status === "approved"
              ? ReturnRequestEvents.APPROVED
              : ReturnRequestEvents.PENDING_REVIEW,
          data: { id: request.id, order_id: request.order_id },
        },
      ]
    )
    emitEventStep({
      eventName: transform({ events }, ({ events }) => events[0].name),
      data: transform({ events }, ({ events }) => events[0].data),
    }).config({ name: "emit-request-created" })
    emitEventStep({
      eventName: transform({ events }, ({ events }) => events[1].name),
      data: transform({ events }, ({ events }) => events[1].data),
    }).config({ name: "emit-request-decided" })
    when("refund-pending", { request }, ({ request }) => {
      return request.status === "approved"
    }).then(() => {
      emitEventStep({
        eventName: ReturnRequestEvents.REFUND_PENDING,
        data: transform({ request }, ({ request }) =>
          refundPendingData(request)
        ),
      }).config({ name: "emit-refund-pending" })
    })

    releaseLockStep({ key: lockKey })

    const returnRequestCreated = createHook("returnRequestCreated", {
      request,
    })
    // The request with what its customer's answer shows, as read above.
    const result = transform(
      { request, context, nativeReturn, shipment },
      ({ request, context, nativeReturn, shipment }) => ({
        ...request,
        fresh: freshReturnRequestOf({
          request,
          context,
          nativeReturn: nativeReturn as Record<string, any> | undefined,
          shipment,
        }),
      })
    )
    return new WorkflowResponse(result, {
      hooks: [policyEvaluated, returnRequestCreated],
    })
  }
)
