import { describeWindow, returnWindow } from "./dates"
import {
  describeFinalSale,
  describeNothingLeft,
  finalSaleTags,
  ORDER_CANCELED,
  returnableQuantity,
} from "./line-checks"
import type {
  LineEligibility,
  OrderLineSnapshot,
  OrderSnapshot,
  ReturnPolicySnapshot,
} from "./types"

/**
 * Whether one order line can be returned now, for the customer's "return
 * items" page: how many units, until when, and if not, why. It applies the
 * same checks as `evaluateReturn` in the same order (canceled order, units
 * left, return window, final sale), so a line shown as eligible passes them
 * in an evaluation made at the same moment; reason codes and quantities are
 * only known once the customer asks, so they are left to `evaluateReturn`.
 *
 * @example
 * const lines = order.lines.map((line) => ({
 *   line_item_id: line.id,
 *   ...lineEligibility(policy, order, line, new Date()),
 * }))
 */
export const lineEligibility = (
  policy: ReturnPolicySnapshot,
  order: OrderSnapshot,
  line: OrderLineSnapshot,
  now: Date
): LineEligibility => {
  const window = returnWindow(policy, order, now)
  const returnable = returnableQuantity(line)
  const reason = order.canceled
    ? ORDER_CANCELED
    : returnable === 0
      ? describeNothingLeft(line)
      : !window.open
        ? describeWindow(window)
        : describeFinalSale(
            finalSaleTags(policy),
            policy.excluded_category_ids,
            line
          )

  return {
    returnable_quantity: reason === null ? returnable : 0,
    deadline: window.deadline,
    days_left: window.days_left,
    eligible: reason === null,
    reason,
  }
}
