import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  AnyExchangeOption,
  ExchangeVariantsResponse,
} from "../../../types/http/exchange-variants"
import type { ReturnContext } from "../../return-policy/steps/load-return-context"
import { queryStep } from "../../utils/module-step"
import { optionsWithinCredit, unitCreditOf } from "../plan"
import type { ExchangeTermsAnswer } from "./get-exchange-terms"
import {
  loadExchangeVariants,
  readExchangeOrder,
} from "./list-exchange-options"

export type SearchExchangeVariantsStepInput = {
  context: ReturnContext
  /** The policy's exchange terms: nothing is searched when they allow none. */
  terms: ExchangeTermsAnswer
  line_item_id: string
  /** Part of a product title; empty: every product. */
  q?: string
  limit: number
  offset: number
}

export const searchExchangeVariantsStepId = "search-exchange-variants"

/** Products priced per round trip: a page of results usually needs one. */
export const EXCHANGE_SEARCH_BATCH = 50
/**
 * The most products one search reads. Prices are computed per variant, so
 * "within the credit" cannot be a database filter: a search walks the
 * published products matching `q` by title, a batch at a time, until the
 * page is full; in a catalogue where few items fit the credit, a `q`
 * narrows it.
 */
export const EXCHANGE_SEARCH_MAX_PRODUCTS = 1000

/** `%`, `_` and `\` match themselves in the title filter. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, "\\$&")}%`

/**
 * What an order line can be exchanged for from any product ("exchange for
 * something else"): variants of products published in the order's sales
 * channel, whose title contains `q`, in stock there, priced for the order's
 * region with the line's tax rate (`unit_total`) and not dearer than one
 * returned unit's credit — what `planExchange` accepts for mode `any`. The
 * line's own variant is left out. A policy without exchanges is a 400 with
 * its reason; a line not on the order, a 404. Read-only.
 *
 * @example
 * const page = searchExchangeVariantsStep({ context, terms, line_item_id, q: "tee", limit: 20, offset: 0 })
 */
export const searchExchangeVariantsStep = queryStep(
  searchExchangeVariantsStepId,
  async (input: SearchExchangeVariantsStepInput, query) => {
    const { context, terms } = input
    const line = context.order.lines.find((l) => l.id === input.line_item_id)
    if (!line) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `line_item_id: line ${input.line_item_id} is not on order ${context.order.id}`
      )
    }
    if (!terms.allowed) {
      // The words the exchange itself would be refused with.
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Exchange not possible: ${terms.reasons.join("; ")}`
      )
    }
    const order = await readExchangeOrder(query, context.order.id)
    const answer = (
      found: AnyExchangeOption[],
      has_more: boolean
    ): ExchangeVariantsResponse => ({
      exchange_variants: found,
      currency_code: context.order.currency_code,
      credit: unitCreditOf(line),
      offset: input.offset,
      limit: input.limit,
      has_more,
    })
    // Without a sales channel no product is published "there".
    if (!order?.sales_channel_id || input.limit === 0) {
      return new StepResponse(answer([], false))
    }
    const ownVariant = order.items?.find((i) => i?.id === line.id)?.variant_id
    const q = input.q?.trim()

    // One more than the page tells whether a next page exists.
    const wanted = input.offset + input.limit + 1
    const found: AnyExchangeOption[] = []
    for (
      let skip = 0;
      found.length < wanted && skip < EXCHANGE_SEARCH_MAX_PRODUCTS;
      skip += EXCHANGE_SEARCH_BATCH
    ) {
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id"],
        filters: {
          status: ProductStatus.PUBLISHED,
          ...(q ? { title: { $ilike: likePattern(q) } } : {}),
        },
        pagination: {
          skip,
          take: EXCHANGE_SEARCH_BATCH,
          order: { title: "ASC", id: "ASC" },
        },
      })
      if (!products.length) {
        break
      }
      // The sales channel is another module's link: kept per batch, so a
      // search never reads the whole channel's product list.
      const { data: links } = await query.graph({
        entity: "product_sales_channel",
        fields: ["product_id"],
        filters: {
          sales_channel_id: order.sales_channel_id,
          product_id: products.map((p) => p.id),
        },
      })
      const inChannel = new Set(links.map((l) => l.product_id as string))
      const rank = new Map(
        products.filter((p) => inChannel.has(p.id)).map((p, i) => [p.id, i])
      )
      const variants = rank.size
        ? await loadExchangeVariants(query, order, {
            product_id: [...rank.keys()],
          })
        : []
      const fitting = optionsWithinCredit(
        variants.filter((v) => v.variant_id !== ownVariant),
        line
      ).sort(
        (a, b) =>
          rank.get(a.product_id)! - rank.get(b.product_id)! ||
          a.variant_rank - b.variant_rank ||
          a.title.localeCompare(b.title)
      )
      found.push(...fitting.map(({ variant_rank: _rank, ...option }) => option))
      if (products.length < EXCHANGE_SEARCH_BATCH) {
        break
      }
    }
    return new StepResponse(
      answer(
        found.slice(input.offset, input.offset + input.limit),
        found.length > input.offset + input.limit
      )
    )
  }
)
