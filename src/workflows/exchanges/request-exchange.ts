import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import type { ReturnOutcome } from "../../modules/return-policy/engine"
import {
  ReturnRequestEvents,
  type RequestReturnWorkflowInput,
  type ReturnRequestItemInput,
} from "../return-policy/request-return"
import { loadAndEvaluateReturn } from "../return-policy/load-and-evaluate-return"
import { evaluateReturnRequestStep } from "../return-policy/steps/evaluate-return-request"
import { createReturnRequestStep } from "../return-policy/steps/create-return-request"
import { csrValidateOverrideStep } from "../return-policy/steps/csr-validate-override"
import {
  csrEntryOf,
  csrRecordEntryStep,
} from "../return-policy/steps/csr-record-entry"
import { receiptBuildDataStep } from "../return-policy/steps/receipt-build-data"
import { planExchangeStep } from "./steps/plan-exchange"
import { createNativeExchangeWorkflow } from "./create-native-exchange"
import type { ExchangeMode } from "./plan"
import { exchangeMetadata, exchangeOf, ExchangeEvents } from "./shapes"
import { formatMoney } from "../../utils/money"
import type { ExchangePlan } from "../../types/http/exchange-plan"

/** The trail's line a CSR or manager reads: who pays what, in money. */
const exchangeReason = ({ difference, currency_code }: ExchangePlan) =>
  difference > 0
    ? `Exchange: the customer pays ${formatMoney(difference, currency_code)}`
    : difference < 0
      ? `Exchange: ${formatMoney(-difference, currency_code)} refunded to the customer`
      : "Exchange: no price difference"

/** A returned line with the variant the customer wants instead. */
export type ExchangeRequestItemInput = ReturnRequestItemInput & {
  exchange: { variant_id: string; mode: ExchangeMode }
}

export type RequestExchangeWorkflowInput = Omit<
  RequestReturnWorkflowInput,
  "items" | "refund_method" | "generate_receipt"
> & { items: ExchangeRequestItemInput[] }

export const requestExchangeWorkflowId = "request-exchange"

/**
 * A return request where each line is exchanged for another variant
 * instead of refunded. The return policy applies as for a refund (window,
 * quantities, final sale, reasons), then the tier's exchange terms and the
 * catalogue (`planExchangeStep`: allowed, same product or up to the credit,
 * in stock). Approved at once when the policy auto-approves exchanges and
 * the return itself would be auto-approved (a CSR override decides
 * otherwise): the request then becomes a native Medusa exchange
 * (`createNativeExchangeWorkflow`), with the difference owed through the
 * order's payment collection or the surplus refunded. Otherwise it waits
 * for review and the exchange is made on approval.
 *
 * Events: `return_request.created`, then `return_request.exchange_approved`
 * (with the difference) or `return_request.pending_review`.
 * Hook: `exchangeRequested({ request, plan })`.
 *
 * @example
 * await requestExchangeWorkflow(container).run({
 *   input: {
 *     order_id, customer_id, channel: "storefront", created_by_type: "customer", created_by: customer_id,
 *     items: [{ line_item_id, quantity: 1, reason_code: "TOO_SMALL", exchange: { variant_id, mode: "same_product" } }],
 *   },
 * })
 */
export const requestExchangeWorkflow = createWorkflow(
  requestExchangeWorkflowId,
  (input: RequestExchangeWorkflowInput) => {
    csrValidateOverrideStep({
      override: input.override,
      created_by_type: input.created_by_type,
      created_by: input.created_by,
    })
    // The same lock as a refund request: both read the order's quantities.
    const lockKey = transform({ input }, ({ input }) => [
      `return-request:${input.order_id}`,
    ])
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const evaluationInput = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      customer_id: input.customer_id,
      return_shipping_option_id: input.return_shipping_option_id,
      refund_method: "original_payment" as const,
      items: input.items.map(({ exchange: _exchange, ...item }) => item),
    }))
    const { context, evaluation } = loadAndEvaluateReturn(
      evaluationInput,
      evaluateReturnRequestStep
    )
    const planned = planExchangeStep(
      transform({ input, context }, ({ input, context }) => ({
        context,
        lines: input.items.map((item) => ({
          line_item_id: item.line_item_id,
          quantity: item.quantity,
          variant_id: item.exchange.variant_id,
          mode: item.exchange.mode,
        })),
      }))
    )
    const outcome = transform(
      { input, evaluation, planned },
      ({ input, evaluation, planned }): ReturnOutcome =>
        input.override?.outcome ??
        (planned.auto_approve && evaluation.outcome === "auto_approve"
          ? "auto_approve"
          : "review")
    )

    const native = when(
      "exchange-auto-approved",
      { outcome },
      ({ outcome }) => {
        return outcome === "auto_approve"
      }
    ).then(() =>
      createNativeExchangeWorkflow.runAsStep({
        input: transform(
          { input, context, planned },
          ({ input, context, planned }) => ({
            order_id: input.order_id,
            created_by: input.created_by,
            lines: planned.plan.lines,
            location_id: planned.location_id,
            return_shipping_option_id: context.return_shipping.option_id,
            outbound_shipping_option_id: planned.outbound_shipping_option_id,
            instant: planned.plan.instant,
            difference: planned.plan.difference,
            note: input.note ?? null,
          })
        ),
      })
    )

    const request = createReturnRequestStep(
      transform(
        { input, context, evaluation, outcome, planned, native },
        (data) => {
          const byLine = new Map(
            data.planned.plan.lines.map((l) => [l.line_item_id, l])
          )
          const surplus = Math.max(0, -data.planned.plan.difference)
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
              // Only a surplus goes back: the rest of the credit is spent.
              refund_amount: Math.max(
                0,
                -(byLine.get(item.line_item_id)?.difference ?? 0)
              ),
              restocking_fee: 0,
            })),
            refund_estimate: {
              ...data.evaluation.refund,
              refund_total: surplus,
              restocking_fee_total: 0,
            },
            refund_method: "original_payment" as const,
            policy_id: data.context.policy.id,
            policy_version: data.context.policy.version,
            tier_id: data.context.tier?.id ?? null,
            tier_name: data.context.tier?.name ?? null,
            note: data.input.note ?? null,
            metadata: {
              return_shipping_option_id: data.context.return_shipping.option_id,
              return_location_id: data.context.return_shipping.location_id,
              free_return_shipping: true,
              exchange: exchangeMetadata(data.planned, data.native ?? null),
            },
            return_id: data.native?.return_id ?? null,
            decision: {
              outcome: data.outcome,
              decided_by_type: data.input.override
                ? ("admin" as const)
                : ("policy" as const),
              decided_by: data.input.override
                ? data.input.created_by
                : undefined,
              note: data.input.override?.justification.trim(),
              tier_snapshot: data.context.tier,
              rules: data.evaluation.rules,
              reasons: [
                ...data.evaluation.reasons,
                exchangeReason(data.planned.plan),
              ],
            },
          }
        }
      )
    )

    csrRecordEntryStep(
      transform({ request, input, evaluation, outcome }, csrEntryOf)
    )

    const receipt = receiptBuildDataStep({ request, context, evaluation })
    emitEventStep({
      eventName: ReturnRequestEvents.CREATED,
      data: transform({ receipt }, ({ receipt }) => ({
        ...receipt,
        receipt_file_id: null,
        receipt_url: null,
      })),
    }).config({ name: "emit-exchange-request-created" })
    emitEventStep({
      eventName: transform({ request }, ({ request }) =>
        request.status === "approved"
          ? ExchangeEvents.APPROVED
          : ReturnRequestEvents.PENDING_REVIEW
      ),
      data: transform({ request }, ({ request }) => {
        const exchange = exchangeOf(request.metadata)
        return {
          id: request.id,
          order_id: request.order_id,
          exchange_id: exchange?.exchange_id ?? null,
          difference: exchange?.settled_difference ?? exchange?.difference,
          net_difference: exchange?.net_difference ?? 0,
          currency_code: exchange?.currency_code,
        }
      }),
    }).config({ name: "emit-exchange-request-decided" })

    releaseLockStep({ key: lockKey })

    const exchangeRequested = createHook("exchangeRequested", {
      request,
      plan: planned,
    })
    return new WorkflowResponse(request, { hooks: [exchangeRequested] })
  }
)
