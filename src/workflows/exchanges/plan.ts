import type {
  ExchangeLineRequest,
  ExchangeMode,
  ExchangePlan,
  PlannedExchangeLine,
} from "../../types/http/exchange-plan"
import { formatMoney } from "../../utils/money"

export type {
  ExchangeLineRequest,
  ExchangeMode,
  ExchangePlan,
  PlannedExchangeLine,
}

/** A variant a line can be exchanged for, priced for the order's region. */
export type ExchangeOption = {
  variant_id: string
  title: string
  /** Unit price before tax, in the order's currency. */
  unit_price: number
  available: number | null
}

/** A policy's exchange terms (columns of `return_policy`). */
export type ExchangeTerms = {
  exchanges_allowed: boolean
  exchange_auto_approve: boolean
  instant_exchange: boolean
  instant_exchange_return_days: number
}

/** An order line as placed: what it cost, tax included. */
export type ExchangeOrderLine = {
  id: string
  title: string
  product_id: string | null
  quantity: number
  subtotal: number
  tax_total: number
  total: number
}

/** A variant offered in exchange, priced for the order's region. */
export type ExchangeVariant = {
  id: string
  title: string
  product_id: string
  product_title: string
  /** Unit price before tax in the order's currency; null: not sold there. */
  unit_price: number | null
  /** Units that can be sold now (Infinity when stock is not managed). */
  available: number
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** A line's tax rate over what it was charged before tax (after discounts). */
const taxRateOf = (net: number, tax: number) => (net > 0 ? tax / net : 0)

/** An order line's figures as the return context has them. */
type PricedLine = {
  id: string
  quantity: number
  subtotal: number
  discount_total: number
  tax_total: number
  total: number
}

/**
 * Each line's exchange options with `unit_total`: the unit price with the
 * returned line's tax rate, as `planExchange` prices the new item, so a
 * form shows what the customer would pay before asking for a preview.
 */
export const optionsWithUnitTotals = <T extends ExchangeOption>(
  options: Record<string, T[]>,
  lines: Omit<PricedLine, "quantity" | "total">[]
): Record<string, (T & { unit_total: number })[]> =>
  Object.fromEntries(
    Object.entries(options).map(([lineId, lineOptions]) => {
      const line = lines.find((l) => l.id === lineId)
      const rate = line
        ? taxRateOf(line.subtotal - line.discount_total, line.tax_total)
        : 0
      return [
        lineId,
        lineOptions.map((o) => ({
          ...o,
          unit_total: round2(o.unit_price * (1 + rate)),
        })),
      ]
    })
  )

/**
 * What one returned unit of a line was paid, tax included: its credit in an
 * exchange (`planExchange` credits `total` × returned / bought), so the most
 * one new unit may cost when exchanged "for anything".
 */
export const unitCreditOf = (line: Pick<PricedLine, "quantity" | "total">) =>
  line.quantity > 0 ? round2(line.total / line.quantity) : 0

/**
 * The options an "exchange for anything" line may take: priced with the
 * line's tax rate (`optionsWithUnitTotals`) and not dearer than one unit's
 * credit, the rule `planExchange` applies to mode `any`.
 */
export const optionsWithinCredit = <T extends ExchangeOption>(
  options: T[],
  line: PricedLine
): (T & { unit_total: number })[] =>
  (optionsWithUnitTotals({ [line.id]: options }, [line])[line.id] ?? []).filter(
    (o) => o.unit_total <= unitCreditOf(line)
  )

/**
 * Checks an exchange against the policy and the catalogue and prices it:
 * each line's credit is what the customer paid for the returned units (an
 * exchange keeps the sale, so no restocking fee), the new item costs
 * today's price with the returned line's tax rate. "Same product" accepts
 * another variant of the returned product at any price (the difference is
 * paid or refunded); "anything" accepts any variant up to the line's
 * credit. Returns every reason a line cannot be exchanged, or the plan.
 *
 * @example
 * const { plan, errors } = planExchange({ terms, currency_code: "eur", lines, variants, requests })
 */
export const planExchange = (input: {
  terms: ExchangeTerms
  /** For the messages: "the Gold tier's policy". */
  policy_label: string
  currency_code: string
  lines: ExchangeOrderLine[]
  variants: ExchangeVariant[]
  requests: ExchangeLineRequest[]
}): { plan: ExchangePlan | null; errors: string[] } => {
  const { terms, currency_code } = input
  if (!terms.exchanges_allowed) {
    return {
      plan: null,
      errors: [`${input.policy_label} does not allow exchanges`],
    }
  }
  const lines = new Map(input.lines.map((l) => [l.id, l]))
  const variants = new Map(input.variants.map((v) => [v.id, v]))
  // Several lines may ask for the same variant: stock is checked on the sum.
  const wanted = new Map<string, number>()
  for (const r of input.requests) {
    wanted.set(r.variant_id, (wanted.get(r.variant_id) ?? 0) + r.quantity)
  }

  const errors: string[] = []
  const planned: PlannedExchangeLine[] = []
  for (const request of input.requests) {
    const line = lines.get(request.line_item_id)
    const variant = variants.get(request.variant_id)
    if (!line) {
      errors.push(`line ${request.line_item_id} is not on this order`)
      continue
    }
    if (!variant || variant.unit_price === null) {
      errors.push(
        `${line.title}: variant ${request.variant_id} is not for sale in this order's currency`
      )
      continue
    }
    if (
      request.mode === "same_product" &&
      variant.product_id !== line.product_id
    ) {
      errors.push(
        `${line.title}: ${variant.product_title} is another product (choose "exchange for anything")`
      )
      continue
    }
    if (variant.available < (wanted.get(variant.id) ?? 0)) {
      errors.push(
        `${line.title}: ${variant.product_title} ${variant.title} is out of stock`
      )
      continue
    }
    const share = line.quantity > 0 ? request.quantity / line.quantity : 0
    const credit = round2(line.total * share)
    const taxRate = taxRateOf(line.subtotal, line.tax_total)
    const newNet = variant.unit_price * request.quantity
    const newTotal = round2(newNet * (1 + taxRate))
    if (request.mode === "any" && newTotal > credit) {
      errors.push(
        `${line.title}: ${variant.product_title} ${variant.title} costs ${formatMoney(newTotal, currency_code)}, more than the ${formatMoney(credit, currency_code)} credit`
      )
      continue
    }
    planned.push({
      ...request,
      title: line.title,
      variant_title: variant.title,
      product_title: variant.product_title,
      credit,
      new_total: newTotal,
      difference: round2(newTotal - credit),
      net_difference: round2(newNet - line.subtotal * share),
    })
  }
  if (errors.length) {
    return { plan: null, errors }
  }
  const sum = (key: "credit" | "new_total" | "difference" | "net_difference") =>
    round2(planned.reduce((total, l) => total + l[key], 0))
  return {
    plan: {
      currency_code,
      lines: planned,
      credit_total: sum("credit"),
      new_total: sum("new_total"),
      difference: sum("difference"),
      net_difference: sum("net_difference"),
      instant: terms.instant_exchange,
      return_days: terms.instant_exchange
        ? terms.instant_exchange_return_days
        : null,
    },
    errors: [],
  }
}
