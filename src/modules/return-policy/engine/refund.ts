import type {
  ItemCondition,
  OrderLineSnapshot,
  RefundBreakdown,
  RefundItem,
  RefundMethod,
  ReturnPolicySnapshot,
  ReturnShipping,
} from "./types"

// Money is added and split in minor units so that shares and fees do not
// drift by fractions of a cent; every currency is assumed to have 2 decimals.
const MINOR_PER_MAJOR = 100

// 1.005 * 100 is 100.49999999999999 in binary floating point; the nudge makes
// amounts that are meant to sit on a half cent round the way people expect.
const HALF_CENT_NUDGE = 1e-9

const roundHalfAwayFromZero = (value: number) =>
  value < 0
    ? -Math.round(-value + HALF_CENT_NUDGE)
    : Math.round(value + HALF_CENT_NUDGE)

/** Major units (49.99) to whole minor units (4999), rounded half away from 0. */
export const toMinor = (amount: number) =>
  roundHalfAwayFromZero(amount * MINOR_PER_MAJOR)

export const toMajor = (minor: number) => minor / MINOR_PER_MAJOR

const clampPercent = (percent: number) =>
  percent > 0 ? (percent < 100 ? percent : 100) : 0

/**
 * Minor units of `amountMinor` that belong to units `from` (exclusive) to
 * `to` (inclusive) of a line of `quantity` units.
 *
 * Rounding the cumulative share and taking the difference, rather than
 * rounding each return's share on its own, gives the rounding remainder to
 * whichever return takes the last units: three returns of 1 of 3 from a
 * 10.00 line refund 3.33 + 3.34 + 3.33, exactly what was paid, never 9.99
 * or 10.02.
 */
const unitsShare = (
  amountMinor: number,
  from: number,
  to: number,
  quantity: number
) =>
  roundHalfAwayFromZero((amountMinor * to) / quantity) -
  roundHalfAwayFromZero((amountMinor * from) / quantity)

/** One line to refund and what decides its restocking fee. */
export type RefundRequestItem = {
  line: OrderLineSnapshot
  /** A whole number from 1 to the line's returnable_quantity. */
  quantity: number
  /** The return reason's fee, which replaces the policy's when not null. */
  restocking_fee_percent_override?: number | null
  condition?: ItemCondition
}

export type ComputeRefundInput = {
  currency_code: string
  policy: Pick<
    ReturnPolicySnapshot,
    | "free_return_shipping"
    | "restocking_fee_percent"
    | "store_credit_bonus_percent"
  >
  items: RefundRequestItem[]
  return_shipping: ReturnShipping
  refund_method: RefundMethod
}

/**
 * The restocking fee percentage (0-100) that applies to one returned item:
 * the reason's override, else the policy's; a defective item pays none
 * because the fault is the seller's.
 */
export const restockingFeePercent = (
  policyPercent: number,
  override: number | null | undefined,
  condition: ItemCondition | undefined
): number =>
  condition === "defective" ? 0 : clampPercent(override ?? policyPercent)

/**
 * What a return refunds: each item's share of what was paid for its line,
 * less restocking fees, less return shipping once per request (unless the
 * policy ships returns free), plus the store-credit bonus when the refund
 * goes to store credit. Amounts are major units rounded to 2 decimals; the
 * item amounts add up exactly to the totals.
 *
 * @throws RangeError when an item's quantity is not a whole number from 1 to
 * its line's returnable_quantity; the engine rejects such items before.
 */
export const computeRefund = (input: ComputeRefundInput): RefundBreakdown => {
  const { policy, items } = input
  const refundItems: RefundItem[] = new Array(items.length)
  let itemsTotalMinor = 0
  let feeTotalMinor = 0

  for (let i = 0; i < items.length; i++) {
    const { line, quantity, restocking_fee_percent_override, condition } =
      items[i]
    if (
      !Number.isInteger(quantity) ||
      quantity < 1 ||
      quantity > line.returnable_quantity ||
      quantity > line.quantity
    ) {
      // A caller's bug, not a customer's mistake (evaluateReturn rejects such
      // items before): a 500 is the right answer, so no MedusaError here, and
      // the engine stays free of framework imports.
      // eslint-disable-next-line @medusajs/use-medusa-error-not-generic-error
      throw new RangeError(
        `Cannot refund ${quantity} of line ${line.id}: ${line.returnable_quantity} returnable`
      )
    }
    const alreadyGone = Math.max(0, line.quantity - line.returnable_quantity)
    const upTo = alreadyGone + quantity

    // line.total is what the customer actually paid: discounts are already
    // taken off and tax is already in, whether the prices were entered
    // tax-inclusive or tax-exclusive. Its pro-rata share is therefore the
    // refund in both cases, and no tax or discount must be re-applied here.
    const totalMinor = unitsShare(
      toMinor(line.total),
      alreadyGone,
      upTo,
      line.quantity
    )
    const feeMinor = roundHalfAwayFromZero(
      (totalMinor *
        restockingFeePercent(
          policy.restocking_fee_percent,
          restocking_fee_percent_override,
          condition
        )) /
        100
    )
    itemsTotalMinor += totalMinor
    feeTotalMinor += feeMinor

    refundItems[i] = {
      line_item_id: line.id,
      quantity,
      unit_price: toMajor(toMinor(line.unit_price)),
      subtotal: toMajor(
        unitsShare(toMinor(line.subtotal), alreadyGone, upTo, line.quantity)
      ),
      discount_total: toMajor(
        unitsShare(
          toMinor(line.discount_total),
          alreadyGone,
          upTo,
          line.quantity
        )
      ),
      tax_total: toMajor(
        unitsShare(toMinor(line.tax_total), alreadyGone, upTo, line.quantity)
      ),
      total: toMajor(totalMinor),
      restocking_fee: toMajor(feeMinor),
    }
  }

  const afterFeesMinor = itemsTotalMinor - feeTotalMinor
  const shippingPriceMinor = policy.free_return_shipping
    ? 0
    : Math.max(0, toMinor(input.return_shipping.amount))
  // The customer is never asked to pay for sending items back, so shipping
  // is capped at what is left to refund.
  const shippingMinor =
    shippingPriceMinor < afterFeesMinor ? shippingPriceMinor : afterFeesMinor
  const refundMinor = afterFeesMinor - shippingMinor
  const bonusMinor =
    input.refund_method === "store_credit" &&
    policy.store_credit_bonus_percent > 0
      ? roundHalfAwayFromZero(
          (refundMinor * policy.store_credit_bonus_percent) / 100
        )
      : 0

  return {
    currency_code: input.currency_code,
    items: refundItems,
    items_total: toMajor(itemsTotalMinor),
    restocking_fee_total: toMajor(feeTotalMinor),
    return_shipping: toMajor(shippingMinor),
    refund_total: toMajor(refundMinor),
    store_credit_bonus: toMajor(bonusMinor),
    credited_total: toMajor(refundMinor + bonusMinor),
  }
}
