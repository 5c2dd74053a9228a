import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
  QueryContext,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnContext } from "../../return-policy/steps/load-return-context"
import {
  planExchange,
  type ExchangeLineRequest,
  type ExchangePlan,
} from "../plan"
import { exchangePolicyLabel, loadExchangeTerms } from "./get-exchange-terms"

export type PlanExchangeStepInput = {
  context: ReturnContext
  lines: ExchangeLineRequest[]
  /** A preview answers the reasons instead of refusing (400). */
  answer_refusal?: boolean
}

export type PlanExchangeStepOutput = {
  plan: ExchangePlan
  /** Why the exchange is refused (a preview only; the plan is then empty). */
  errors: string[]
  auto_approve: boolean
  /** Where the old item goes back to and the new one ships from. */
  location_id: string | null
  /** The order's own delivery option, used for the new item. */
  outbound_shipping_option_id: string | null
}

export const planExchangeStepId = "plan-exchange"

const num = (v: unknown) => Number(v ?? 0)

/**
 * Reads what an exchange needs (the policy's exchange terms, the returned
 * lines as paid, the chosen variants priced for the order's region and their
 * stock in its sales channel) and plans it with `planExchange`. A policy
 * without exchanges, another product on a "same product" line, a variant
 * out of stock or dearer than the credit on an "anything" line: refused
 * with every reason (400). Read-only.
 *
 * @example
 * const { plan } = planExchangeStep({ context, lines: [{ line_item_id, quantity: 1, variant_id, mode: "same_product" }] })
 */
export const planExchangeStep = createStep(
  planExchangeStepId,
  async (input: PlanExchangeStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const policy = await loadExchangeTerms(container, input.context)

    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "region_id",
        "currency_code",
        "sales_channel_id",
        "shipping_methods.shipping_option_id",
        "items.id",
        "items.product_id",
      ],
      filters: { id: input.context.order.id },
    })
    const variantIds = [...new Set(input.lines.map((l) => l.variant_id))]
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "product_id",
        "product.title",
        "calculated_price.calculated_amount",
      ],
      filters: { id: variantIds },
      context: {
        calculated_price: QueryContext({
          region_id: order.region_id,
          currency_code: order.currency_code,
        }),
      },
    })
    const availability = order.sales_channel_id
      ? await getVariantAvailability(query, {
          variant_ids: variantIds,
          sales_channel_id: order.sales_channel_id,
        })
      : {}

    const { plan, errors } = planExchange({
      terms: policy,
      policy_label: exchangePolicyLabel(input.context),
      currency_code: order.currency_code,
      // The lines as the return policy priced them (paid totals).
      lines: input.context.order.lines.map((line) => ({
        id: line.id,
        title: line.title,
        product_id:
          order.items?.find((i) => i?.id === line.id)?.product_id ?? null,
        quantity: line.quantity,
        subtotal: line.subtotal - line.discount_total,
        tax_total: line.tax_total,
        total: line.total,
      })),
      variants: variants.map((v) => {
        const price = (
          v as { calculated_price?: { calculated_amount?: unknown } }
        ).calculated_price?.calculated_amount
        const stock = availability[v.id]?.availability
        return {
          id: v.id,
          title: v.title ?? "",
          product_id: v.product_id!,
          product_title: v.product?.title ?? "",
          unit_price: price === null || price === undefined ? null : num(price),
          // null: stock is not managed for the variant.
          available:
            stock === null
              ? Number.POSITIVE_INFINITY
              : stock === undefined
                ? 0
                : num(stock),
        }
      }),
      requests: input.lines,
    })
    if (!plan && !input.answer_refusal) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Exchange not possible: ${errors.join("; ")}`
      )
    }
    return new StepResponse<PlanExchangeStepOutput>({
      plan: plan ?? {
        currency_code: order.currency_code,
        lines: [],
        credit_total: 0,
        new_total: 0,
        difference: 0,
        net_difference: 0,
        instant: false,
        return_days: null,
      },
      errors,
      auto_approve: !!policy.exchange_auto_approve,
      location_id: input.context.return_shipping.location_id,
      outbound_shipping_option_id:
        order.shipping_methods?.[0]?.shipping_option_id ?? null,
    })
  }
)
