import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ReturnRequestWithItems } from "../../../modules/return-policy"
import type {
  RefundBreakdown,
  RefundMethod,
  ReturnEvaluation,
} from "../../../modules/return-policy/engine"
import { returnInstructions } from "../../../modules/return-policy/receipt/pdf"
import type { ReturnReceiptData } from "../../../modules/return-policy/receipt/types"
import type { ReturnContext } from "./load-return-context"

export type ReceiptBuildDataStepInput = {
  request: Omit<ReturnRequestWithItems, "refund_estimate"> & {
    refund_estimate: unknown
  }
  context: Pick<ReturnContext, "order" | "reason_codes">
  evaluation: Pick<ReturnEvaluation, "items" | "reasons">
}

export const receiptBuildDataStepId = "receipt-build-data"

const num = (v: unknown) => Number(v ?? 0)

/**
 * Gathers what the return receipt shows (PDF and `csr-receipt` email):
 * customer, items with their reason labels, the refund breakdown, the
 * deadline and, for a CSR's request, the agent's name. Read-only.
 *
 * @example
 * const receipt = receiptBuildDataStep({ request, context, evaluation })
 */
export const receiptBuildDataStep = createStep(
  receiptBuildDataStepId,
  async (input: ReceiptBuildDataStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { request, context, evaluation } = input

    const [orders, stores, users] = await Promise.all([
      query.graph({
        entity: "order",
        fields: [
          "id",
          "display_id",
          "email",
          "customer.first_name",
          "customer.last_name",
          "customer.email",
          "items.id",
          "items.variant_title",
          "items.variant_sku",
        ],
        filters: { id: request.order_id },
      }),
      query.graph({ entity: "store", fields: ["name"] }),
      request.created_by_type === "admin"
        ? container
            .resolve(Modules.USER)
            .listUsers(
              { id: request.created_by },
              { select: ["id", "first_name", "last_name"] }
            )
        : Promise.resolve([]),
    ])
    const order = orders.data[0]
    const user = users[0]
    const variants = new Map<
      string,
      { variant_title?: string | null; variant_sku?: string | null }
    >((order?.items ?? []).map((i) => [i!.id, i!]))
    const lines = new Map(context.order.lines.map((l) => [l.id, l]))
    const labels = new Map(context.reason_codes.map((r) => [r.code, r.label]))
    const refund = request.refund_estimate as RefundBreakdown
    const fullName = (
      first?: string | null,
      last?: string | null
    ): string | null => [first, last].filter(Boolean).join(" ") || null

    // Every line shares the order's window; the earliest is the safe one.
    const deadline =
      evaluation.items
        .map((i) => i.deadline)
        .filter(Boolean)
        .sort()[0] ?? ""

    const data: ReturnReceiptData = {
      id: request.id,
      rma_number: request.rma_number,
      order_id: request.order_id,
      order_display_id: order?.display_id ?? null,
      customer_id: request.customer_id,
      customer_name: fullName(
        order?.customer?.first_name,
        order?.customer?.last_name
      ),
      customer_email: order?.email ?? order?.customer?.email ?? null,
      channel: request.channel,
      created_by_type: request.created_by_type,
      created_by: request.created_by,
      // A name, never the agent's login email.
      csr_name: user ? fullName(user.first_name, user.last_name) : null,
      created_at: new Date(request.created_at).toISOString(),
      status: request.status,
      decision_reasons: evaluation.reasons,
      items: request.items.map((item) => {
        const variant = variants.get(item.line_item_id)
        return {
          line_item_id: item.line_item_id,
          title: lines.get(item.line_item_id)?.title ?? item.line_item_id,
          variant_title: variant?.variant_title ?? null,
          sku: variant?.variant_sku ?? null,
          quantity: num(item.quantity),
          reason_code: item.reason_code,
          reason: labels.get(item.reason_code) ?? item.reason_code,
          condition: item.condition ?? null,
          refund_amount: num(item.refund_amount),
        }
      }),
      refund: {
        currency_code: refund.currency_code,
        method: request.refund_method as RefundMethod,
        items_total: num(refund.items_total),
        return_shipping_fee: num(refund.return_shipping),
        restocking_fee: num(refund.restocking_fee_total),
        store_credit_bonus: num(refund.store_credit_bonus),
        total: num(refund.refund_total),
      },
      deadline,
      return_instructions: returnInstructions(request.rma_number, deadline),
      store: { name: stores.data[0]?.name || "Our store" },
    }
    return new StepResponse(data)
  }
)
