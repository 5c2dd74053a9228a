import type { RemoteQueryFunction } from "@medusajs/framework/types"
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

type Query = Omit<RemoteQueryFunction, symbol>

/** What pricing a variant for an exchange needs of its order. */
export type ExchangeOrderPricing = {
  region_id?: string | null
  currency_code: string
  sales_channel_id?: string | null
}

/**
 * The order an exchange is priced against: its region, currency and sales
 * channel, and each line's variant and product. Shared by the same-product
 * options and the "something else" search.
 */
export const readExchangeOrder = async (query: Query, orderId: string) => {
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
    filters: { id: orderId },
  })
  return order
}

/** An exchange option with its product, as {@link loadExchangeVariants} reads it. */
export type ExchangeVariantOption = ExchangeOption & {
  product_id: string
  product_title: string
  thumbnail: string | null
  variant_rank: number
}

/**
 * The variants matching `filters` that an order's line can be exchanged
 * for: priced for the order's region (the unit price before tax) and in
 * stock in its sales channel (`available` null: stock not managed). A
 * variant without a price in the order's currency or out of stock is left
 * out. The one place exchange options are priced, for the same product's
 * variants and for "anything".
 */
export const loadExchangeVariants = async (
  query: Query,
  order: ExchangeOrderPricing,
  filters: Record<string, unknown>
): Promise<ExchangeVariantOption[]> => {
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "variant_rank",
      "product_id",
      "product.title",
      "product.thumbnail",
      "calculated_price.calculated_amount",
    ],
    filters,
    context: {
      calculated_price: QueryContext({
        region_id: order.region_id,
        currency_code: order.currency_code,
      }),
    },
  })
  if (!variants.length) {
    return []
  }
  const availability = order.sales_channel_id
    ? await getVariantAvailability(query, {
        variant_ids: variants.map((v) => v.id),
        sales_channel_id: order.sales_channel_id,
      })
    : {}
  return variants
    .map((v) => {
      const price = (
        v as { calculated_price?: { calculated_amount?: unknown } }
      ).calculated_price?.calculated_amount
      const stock = availability[v.id]?.availability
      return {
        variant_id: v.id,
        title: v.title ?? "",
        product_id: v.product_id ?? "",
        product_title: v.product?.title ?? "",
        thumbnail: v.product?.thumbnail ?? null,
        variant_rank: num(v.variant_rank),
        unit_price: price === null || price === undefined ? -1 : num(price),
        available: stock === null || stock === undefined ? null : num(stock),
      }
    })
    .filter(
      (o) => o.unit_price >= 0 && (o.available === null || o.available > 0)
    )
}

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
    const order = await readExchangeOrder(query, input.order_id)
    const lines = (order?.items ?? []).filter((i) =>
      input.line_item_ids.includes(i!.id)
    )
    const productIds = [
      ...new Set(lines.map((l) => l!.product_id).filter(Boolean)),
    ] as string[]
    if (!order || !productIds.length) {
      return new StepResponse({} as Record<string, ExchangeOption[]>)
    }
    const variants = await loadExchangeVariants(query, order, {
      product_id: productIds,
    })
    const options: Record<string, ExchangeOption[]> = {}
    for (const line of lines) {
      options[line!.id] = variants
        .filter(
          (v) =>
            v.product_id === line!.product_id &&
            v.variant_id !== line!.variant_id
        )
        // The answer's shape stays { variant_id, title, unit_price, available }.
        .map(({ variant_id, title, unit_price, available }) => ({
          variant_id,
          title,
          unit_price,
          available,
        }))
    }
    return new StepResponse(options)
  }
)
