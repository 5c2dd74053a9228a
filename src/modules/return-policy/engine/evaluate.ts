import { formatMoney } from "../../../utils/money"
import { describeWindow, returnWindow, type ReturnWindow } from "./dates"
import {
  describeFinalSale,
  describeNothingLeft,
  finalSaleTags,
  ORDER_CANCELED,
  returnableQuantity,
} from "./line-checks"
import {
  computeRefund,
  type RefundRequestItem,
  toMajor,
  toMinor,
} from "./refund"
import type {
  EvaluatedItem,
  EvaluateReturnInput,
  OrderLineSnapshot,
  ReasonCodeSnapshot,
  RequestedItem,
  ReturnEvaluation,
  RuleEffect,
  RuleName,
  RuleResult,
} from "./types"

/** One requested item while it is being evaluated. */
type ItemState = {
  item: RequestedItem
  line: OrderLineSnapshot | null
  /** `"Merino sweater"`, or the requested id when the line is unknown. */
  label: string
  reason: ReasonCodeSnapshot | null
  duplicated: boolean
  eligible: boolean
  reasons: string[]
}

/** What the per-item rules may read, computed once per evaluation. */
type Context = {
  input: EvaluateReturnInput
  window: ReturnWindow
  windowMessage: string
  excludedTags: string[]
}

type Check = { passed: boolean; message: string }

type ItemRule = {
  rule: RuleName
  effect: RuleEffect
  /** null when the rule cannot apply, e.g. the quantity of an unknown line. */
  check: (ctx: Context, state: ItemState) => Check | null
}

type Recorder = {
  rules: RuleResult[]
  reasons: string[]
  rejected: boolean
  reviewed: boolean
}

const pass = (message: string): Check => ({ passed: true, message })
const fail = (message: string): Check => ({ passed: false, message })

const checkQuantity = (line: OrderLineSnapshot, quantity: number): Check => {
  if (!Number.isInteger(quantity) || quantity < 1) {
    return fail(`quantity ${quantity} is not a whole number of at least 1`)
  }
  const returnable = returnableQuantity(line)
  if (returnable === 0) {
    return fail(describeNothingLeft(line))
  }
  return quantity <= returnable
    ? pass(`${quantity} of ${returnable} returnable`)
    : fail(
        `${quantity} requested but only ${returnable} of ${line.quantity} left to return`
      )
}

const reasonName = (reason: ReasonCodeSnapshot) => `reason "${reason.label}"`

/**
 * The per-item rules, in the order they are checked and reported. Rules
 * about the line run only for a line of the order, rules about the reason
 * only for a known, active reason: the failing rule before them already
 * says what is wrong.
 */
const ITEM_RULES: ItemRule[] = [
  {
    rule: "line_exists",
    effect: "reject",
    check: (ctx, s) =>
      s.line
        ? pass("item of the order")
        : fail(`not an item of order ${ctx.input.order.id}`),
  },
  {
    rule: "quantity",
    effect: "reject",
    check: (_, s) => s.line && checkQuantity(s.line, s.item.quantity),
  },
  {
    rule: "return_window",
    effect: "reject",
    check: (ctx, s) =>
      s.line && { passed: ctx.window.open, message: ctx.windowMessage },
  },
  {
    rule: "final_sale",
    effect: "reject",
    check: (ctx, s) => {
      if (!s.line) {
        return null
      }
      const finalSale = describeFinalSale(
        ctx.excludedTags,
        ctx.input.policy.excluded_category_ids,
        s.line
      )
      return finalSale ? fail(finalSale) : pass("not final sale")
    },
  },
  {
    rule: "reason_code",
    effect: "reject",
    check: (_, s) =>
      !s.reason
        ? fail(`unknown return reason "${s.item.reason_code}"`)
        : s.reason.active
          ? pass(reasonName(s.reason))
          : fail(`${reasonName(s.reason)} is no longer accepted`),
  },
  {
    rule: "evidence",
    effect: "reject",
    check: (_, s) =>
      s.reason?.active
        ? !s.reason.requires_evidence
          ? pass("no evidence needed")
          : s.item.has_evidence === true
            ? pass("evidence provided")
            : fail(`${reasonName(s.reason)} needs photos or other evidence`)
        : null,
  },
  {
    rule: "reason_review",
    effect: "review",
    check: (_, s) =>
      s.reason?.active
        ? s.reason.requires_review
          ? fail(`${reasonName(s.reason)} is always reviewed by staff`)
          : pass(`${reasonName(s.reason)} needs no review`)
        : null,
  },
  {
    // Both claims are the customer's word and both cost the store: a damaged
    // item may not be resellable, and "defective" waives the restocking fee
    // (see restockingFeePercent). Auto-approving them would let anyone skip
    // the fee by ticking a box, so staff look at the item first.
    rule: "condition",
    effect: "review",
    check: (_, s) =>
      s.item.condition === "damaged"
        ? fail("reported damaged: staff check the item")
        : s.item.condition === "defective"
          ? fail(
              "reported defective (no restocking fee): staff confirm the fault"
            )
          : pass(`condition ${s.item.condition ?? "not stated"}`),
  },
]

const recordRequest = (
  rec: Recorder,
  rule: RuleName,
  effect: RuleEffect,
  passed: boolean,
  detail: string
) => {
  rec.rules.push({ rule, passed, detail, effect, line_item_id: null })
  if (!passed) {
    rec.reasons.push(detail)
    if (effect === "reject") {
      rec.rejected = true
    } else {
      rec.reviewed = true
    }
  }
}

const recordItem = (
  rec: Recorder,
  rule: RuleName,
  effect: RuleEffect,
  state: ItemState,
  { passed, message }: Check
) => {
  const detail = `${state.label}: ${message}`
  rec.rules.push({
    rule,
    passed,
    detail,
    effect,
    line_item_id: state.item.line_item_id,
  })
  if (!passed) {
    rec.reasons.push(detail)
    state.reasons.push(message)
    if (effect === "reject") {
      state.eligible = false
      rec.rejected = true
    } else {
      rec.reviewed = true
    }
  }
}

const findLine = (lines: OrderLineSnapshot[], id: string) => {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].id === id) {
      return lines[i]
    }
  }
  return null
}

const findReason = (reasons: ReasonCodeSnapshot[], code: string) => {
  for (let i = 0; i < reasons.length; i++) {
    if (reasons[i].code === code) {
      return reasons[i]
    }
  }
  return null
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`

const money = (amount: number, currency: string) =>
  formatMoney(amount, currency, "en")

/**
 * Decides what happens to a return request under a return policy: every
 * rule is checked and reported (`rules`), failing ones in words
 * (`reasons`), and the refund is computed for the eligible items.
 *
 * Outcome: a request is all or nothing. It is rejected when a request rule
 * fails (canceled order, no or duplicated items) or when any requested item
 * is not eligible, even if others are: the customer fixes the request and
 * sends it again, and `items` says which item failed and why. Otherwise it
 * goes to review when any review rule fails, else it is auto-approved. The
 * review rules are checked even for a rejected request, for the audit
 * trail.
 *
 * Pure and deterministic: no I/O, and "today" is `input.now`.
 *
 * @example
 * const evaluation = evaluateReturn({
 *   policy, tier, order, items, reason_codes, history,
 *   return_shipping: { amount: 5 },
 *   refund_method: "original_payment",
 *   now: new Date(),
 * })
 * if (evaluation.outcome === "reject") {
 *   throw new MedusaError(
 *     MedusaError.Types.NOT_ALLOWED,
 *     evaluation.reasons.join("; ")
 *   )
 * }
 */
export const evaluateReturn = (
  input: EvaluateReturnInput
): ReturnEvaluation => {
  const { policy, order, history } = input
  const window = returnWindow(policy, order, input.now)
  const ctx: Context = {
    input,
    window,
    windowMessage: describeWindow(window),
    excludedTags: finalSaleTags(policy),
  }
  const rec: Recorder = {
    rules: [],
    reasons: [],
    rejected: false,
    reviewed: false,
  }

  const states: ItemState[] = new Array(input.items.length)
  for (let i = 0; i < input.items.length; i++) {
    const item = input.items[i]
    const line = findLine(order.lines, item.line_item_id)
    states[i] = {
      item,
      line,
      label: `"${line ? line.title : item.line_item_id}"`,
      reason: findReason(input.reason_codes, item.reason_code),
      duplicated: false,
      eligible: true,
      reasons: [],
    }
  }

  // Request rules: they make every item ineligible.
  recordRequest(
    rec,
    "order_not_canceled",
    "reject",
    !order.canceled,
    order.canceled ? ORDER_CANCELED : "the order is not canceled"
  )
  if (order.canceled) {
    for (const s of states) {
      s.eligible = false
      s.reasons.push(ORDER_CANCELED)
    }
  }

  const duplicatedLabels: string[] = []
  if (states.length > 1) {
    const seen = new Map<string, ItemState>()
    for (const s of states) {
      const first = seen.get(s.item.line_item_id)
      if (!first) {
        seen.set(s.item.line_item_id, s)
        continue
      }
      if (!first.duplicated) {
        first.duplicated = true
        duplicatedLabels.push(first.label)
      }
      s.duplicated = true
    }
  }
  recordRequest(
    rec,
    "items_requested",
    "reject",
    states.length > 0 && duplicatedLabels.length === 0,
    states.length === 0
      ? "no items requested"
      : duplicatedLabels.length
        ? `${duplicatedLabels.join(", ")} requested more than once`
        : `${states.length} item${states.length === 1 ? "" : "s"} requested`
  )
  // Which of the entries was meant is anyone's guess: none is refunded.
  for (const s of states) {
    if (s.duplicated) {
      s.eligible = false
      s.reasons.push("requested more than once")
    }
  }

  for (const { rule, effect, check } of ITEM_RULES) {
    for (const s of states) {
      const result = check(ctx, s)
      if (result) {
        recordItem(rec, rule, effect, s, result)
      }
    }
  }

  const refundItems: RefundRequestItem[] = []
  let requestedUnits = 0
  for (const s of states) {
    if (s.eligible && s.line) {
      refundItems.push({
        line: s.line,
        quantity: s.item.quantity,
        restocking_fee_percent_override:
          s.reason?.restocking_fee_percent_override ?? null,
        condition: s.item.condition,
      })
      requestedUnits += s.item.quantity
    }
  }
  const refund = computeRefund({
    currency_code: order.currency_code,
    policy,
    items: refundItems,
    return_shipping: input.return_shipping,
    refund_method: input.refund_method,
  })

  // Review rules about the customer and the amount.
  const maxReturns = policy.max_returns_per_period
  const pastReturns = history.returns_in_period
  recordRequest(
    rec,
    "max_returns_per_period",
    "review",
    maxReturns === null || pastReturns < maxReturns,
    maxReturns === null
      ? "no limit on returns per period"
      : `${pastReturns} return${pastReturns === 1 ? "" : "s"} in the last ${
          policy.period_days
        } days; the policy allows ${maxReturns} without review`
  )

  const ceiling = policy.return_rate_ceiling
  if (ceiling === null) {
    recordRequest(
      rec,
      "return_rate_ceiling",
      "review",
      true,
      "no return rate ceiling"
    )
  } else {
    // items_ordered should include this order; it is never taken as less
    // than this order's units, so stale history cannot divide by 0.
    let orderUnits = 0
    for (const line of order.lines) {
      orderUnits += line.quantity
    }
    const ordered =
      history.items_ordered > orderUnits ? history.items_ordered : orderUnits
    const returned = history.items_returned + requestedUnits
    const rate = ordered > 0 ? returned / ordered : 0
    recordRequest(
      rec,
      "return_rate_ceiling",
      "review",
      rate <= ceiling,
      `${returned} of ${ordered} items ordered returned with this request (${percent(
        rate
      )}); ceiling ${percent(ceiling)}`
    )
  }

  const autoMax = policy.auto_approve_max_amount
  const refundText = money(refund.refund_total, order.currency_code)
  if (autoMax === null) {
    recordRequest(
      rec,
      "auto_approve_amount",
      "review",
      false,
      `refund ${refundText}: the policy never auto-approves`
    )
  } else {
    const within = toMinor(refund.refund_total) <= toMinor(autoMax)
    recordRequest(
      rec,
      "auto_approve_amount",
      "review",
      within,
      `refund ${refundText} is ${
        within ? "within" : "above"
      } the auto-approval limit of ${money(autoMax, order.currency_code)}`
    )
  }

  const items: EvaluatedItem[] = new Array(states.length)
  let refunded = 0
  for (let i = 0; i < states.length; i++) {
    const s = states[i]
    const refundItem = s.eligible && s.line ? refund.items[refunded++] : null
    items[i] = {
      line_item_id: s.item.line_item_id,
      title: s.line ? s.line.title : null,
      quantity: s.item.quantity,
      eligible: s.eligible,
      deadline: window.deadline,
      days_left: window.days_left,
      restocking_fee: refundItem ? refundItem.restocking_fee : 0,
      refund_estimate: refundItem
        ? toMajor(
            toMinor(refundItem.total) - toMinor(refundItem.restocking_fee)
          )
        : 0,
      reasons: s.reasons,
    }
  }

  return {
    outcome: rec.rejected ? "reject" : rec.reviewed ? "review" : "auto_approve",
    reasons: rec.reasons,
    rules: rec.rules,
    items,
    refund,
    policy: { id: policy.id, version: policy.version },
    tier: input.tier ? { id: input.tier.id, name: input.tier.name } : null,
    free_return_shipping: policy.free_return_shipping,
  }
}
