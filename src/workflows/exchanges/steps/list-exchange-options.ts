import { getVariantAvailability, QueryContext } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { queryStep } from "../../utils/module-step"
import type { ExchangeOption } from "../plan"

export type { ExchangeOption }

export type ListExchangeOptionsStepInput = {
  order_id: string
  line_item_ids: string[]
}

export const listExchangeOptionsStepId = "list-exchange-options"

const num = (v: unknown) => Number(v ?? 0)

/**
 * For each order line, the other variants of its product a customer can
 * exchange it for: priced for the order's region and in stock in its sales
 * channel (`available` null: stock not managed). Read-only.
 *
 * @example
 * const options = listExchangeOptionsStep({ order_id, line_item_ids: [line_id] })
 */
export const listExchangeOptionsStep = queryStep(
  listExchangeOptionsStepId,
  async (input: ListExchangeOptionsStepInput, query) => {
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "region_id",
        "currency_code",
        "sales_channel_id",
        "items.id",
        "items.variant_id",
        "items.product_id",
      ],
      filters: { id: input.order_id },
    })
    const lines = (order?.items ?? []).filter((i) =>
      input.line_item_ids.includes(i!.id)
    )
    const productIds = [
      ...new Set(lines.map((l) => l!.product_id).filter(Boolean)),
    ] as string[]
    if (!order || !productIds.length) {
      return new StepResponse({} as Record<string, ExchangeOption[]>)
    }
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "product_id",
        "calculated_price.calculated_amount",
      ],
      filters: { product_id: productIds },
      context: {
        calculated_price: QueryContext({
          region_id: order.region_id,
          currency_code: order.currency_code,
        }),
      },
    })
    const availability = order.sales_channel_id
      ? await getVariantAvailability(query, {
          variant_ids: variants.map((v) => v.id),
          sales_channel_id: order.sales_channel_id,
        })
      : {}
    const options: Record<string, ExchangeOption[]> = {}
    for (const line of lines) {
      options[line!.id] = variants
        .filter(
          (v) => v.product_id === line!.product_id && v.id !== line!.variant_id
        )
        .map((v) => {
          const price = (
            v as { calculated_price?: { calculated_amount?: unknown } }
          ).calculated_price?.calculated_amount
          const stock = availability[v.id]?.availability
          return {
            variant_id: v.id,
            title: v.title ?? "",
            unit_price: price === null || price === undefined ? -1 : num(price),
            available:
              stock === null || stock === undefined ? null : num(stock),
          }
        })
        .filter(
          (o) => o.unit_price >= 0 && (o.available === null || o.available > 0)
        )
    }
    return new StepResponse(options)
  }
)
