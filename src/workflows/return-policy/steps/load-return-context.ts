import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { assertVisibleToCustomer } from "../../utils/assert-visible"
import {
  RETURN_POLICY_MODULE,
  toReasonSnapshot,
} from "../../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../../modules/return-policy"
import { evaluateReturn } from "../../../modules/return-policy/engine"
import { getCustomerLoyalty } from "../../loyalty/steps/get-customer-loyalty"
import type {
  OrderSnapshot,
  ReturnPolicySnapshot,
  TierSnapshot,
  ReasonCodeSnapshot,
  RefundMethod,
  RequestedItem,
  ReturnEvaluation,
  ReturnHistory,
} from "../../../modules/return-policy/engine"
import { loadOrderWithDelivery } from "../../utils/load-order"
import { queryStep } from "../../utils/module-step"
import { returnLocationFields, type LocationRow } from "../store-shapes"
import { pricingContextOf } from "../return-pricing-context"

export type LoadReturnContextStepInput = {
  order_id: string
  /** The requesting customer; an order of anybody else is "not found". */
  customer_id?: string | null
  return_shipping_option_id?: string | null
}

export type ReturnContext = {
  order: OrderSnapshot
  customer_id: string
  policy: ReturnPolicySnapshot
  tier: TierSnapshot | null
  reason_codes: ReasonCodeSnapshot[]
  history: ReturnHistory
  return_shipping: {
    option_id: string | null
    amount: number
    /** Where the option's items go back to: Medusa receives returns there. */
    location_id: string | null
    /** The option's fulfillment provider (who may issue a label). */
    provider_id?: string | null
  }
  /**
   * What the customer's pages show beside the engine's figures, read in
   * the same statements: a request's answer then needs no second read of
   * the order, the option and its stock location.
   */
  shown: {
    order_display_id: number | null
    /** By line id. */
    lines: Record<
      string,
      { variant_title: string | null; thumbnail: string | null }
    >
    option_name: string | null
    location: LocationRow
  }
}

export const loadReturnContextStepId = "load-return-context"

/**
 * The context's order with its dates as dates again: step results pass
 * through the workflow's storage and come back with strings, and the
 * engine computes with Date.
 */
export const contextOrder = (context: ReturnContext): OrderSnapshot => ({
  ...context.order,
  created_at: new Date(context.order.created_at),
  delivered_at: context.order.delivered_at
    ? new Date(context.order.delivered_at)
    : null,
})

/** The policy engine on a loaded context, now. */
export const evaluateInContext = (
  context: ReturnContext,
  items: RequestedItem[],
  refundMethod: RefundMethod,
  reasonCodes: ReasonCodeSnapshot[] = context.reason_codes
): ReturnEvaluation =>
  evaluateReturn({
    policy: context.policy,
    tier: context.tier,
    order: contextOrder(context),
    items,
    reason_codes: reasonCodes,
    history: context.history,
    return_shipping: { amount: context.return_shipping.amount },
    refund_method: refundMethod,
    now: new Date(),
  })

// Stands for a reason that asks for nothing extra (no review, no evidence,
// no fee of its own).
const NO_EXTRA_REASON: ReasonCodeSnapshot = {
  code: "__NO_EXTRA_REASON__",
  label: "",
  requires_review: false,
  requires_evidence: false,
  restocking_fee_percent_override: null,
  active: true,
}

/**
 * The engine on items whose reason is not known or not the plugin's: what
 * a line costs and whether it passes before the customer picks a reason
 * (eligibility), or a return made through Medusa's own route, which
 * carries Medusa return reasons (the native-route guard).
 */
export const evaluateWithoutReason = (
  context: ReturnContext,
  items: { line_item_id: string; quantity: number }[]
): ReturnEvaluation =>
  evaluateInContext(
    context,
    items.map((item) => ({ ...item, reason_code: NO_EXTRA_REASON.code })),
    "original_payment",
    [NO_EXTRA_REASON]
  )

const num = (v: unknown) => Number(v ?? 0)

type ShippingPriceRow = {
  amount?: unknown
  currency_code?: string | null
  price_list_id?: string | null
  price_rules?:
    | ({ attribute: string; value: string; operator?: string | null } | null)[]
    | null
} | null

/**
 * The price of a shipping option Medusa's pricing picks in `context`, as
 * its calculation does: of the prices in `currency` whose every rule the
 * context meets, the one with the most rules, then the lowest. Only
 * equality rules can be met here (the context has no amounts to compare);
 * price lists are left out (they need their own rules and dates).
 */
const customerShippingPrice = (
  prices: ShippingPriceRow[],
  currency: string,
  context: Record<string, string>
) =>
  prices
    .filter(
      (p) =>
        p?.currency_code === currency &&
        !p.price_list_id &&
        (p.price_rules ?? []).every(
          (r) =>
            !!r &&
            (r.operator ?? "eq") === "eq" &&
            context[r.attribute] === String(r.value)
        )
    )
    .sort(
      (a, b) =>
        (b?.price_rules?.length ?? 0) - (a?.price_rules?.length ?? 0) ||
        num(a?.amount) - num(b?.amount)
    )[0]

/** The order's fields the engine reads. */
const FIELDS = [
  "id",
  "display_id",
  "customer_id",
  "currency_code",
  "created_at",
  "status",
  "canceled_at",
  "item_total",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.discount_total",
  "items.tax_total",
  "items.total",
  "items.is_tax_inclusive",
  "items.detail.return_requested_quantity",
  "items.detail.return_received_quantity",
  "items.detail.written_off_quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.return_dismissed_quantity",
  "items.variant.product.tags.value",
  "items.variant.product.categories.id",
]

/**
 * Reads everything the policy engine needs, from Medusa's order (lines with
 * their paid totals, delivery date, what is already returned), the
 * customer's loyalty tier, the policy that applies to them
 * (`retrieveApplicablePolicy`), the reason codes and the customer's return
 * history. Read-only: nothing to compensate.
 *
 * @example
 * const context = loadReturnContextStep({ order_id, customer_id })
 */
export const loadReturnContextStep = queryStep(
  loadReturnContextStepId,
  async (input: LoadReturnContextStepInput, query, { container }) => {
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)

    // The tier, the policy that follows from it and the return history:
    // one chain of reads per customer.
    const readCustomer = async (customerId: string) => {
      const { tier } = await getCustomerLoyalty(container, customerId)
      const policy = await service.retrieveApplicablePolicy(tier?.id ?? null)
      // The return rate is over the customer's orders in the same period.
      const since = new Date(Date.now() - policy.period_days * 86_400_000)
      const [history, { data: pastOrders }] = await Promise.all([
        service.customerReturnHistory(
          customerId,
          policy.period_days,
          new Date()
        ),
        query.graph({
          entity: "order",
          fields: ["id", "items.quantity"],
          filters: { customer_id: customerId, created_at: { $gte: since } },
        }),
      ])
      const itemsOrdered = pastOrders.reduce(
        (sum, o) =>
          sum + (o.items ?? []).reduce((s, i) => s + num(i?.quantity), 0),
        0
      )
      return {
        tier,
        policy,
        history: { ...history, items_ordered: itemsOrdered },
      }
    }

    // This runs on every request and preview: what does not depend on the
    // order is read beside it, and a storefront request names its customer,
    // whose reads then need not wait for the order's either (they are used
    // only once the order is known to be theirs).
    const orderRead = loadOrderWithDelivery(query, input.order_id, FIELDS)
    const independent = Promise.all([
      service.returnedQuantities(input.order_id),
      service.listReturnReasonCodes({}),
      query
        .graph({
          entity: "shipping_option",
          fields: [
            "id",
            "name",
            "provider_id",
            "prices.amount",
            "prices.currency_code",
            "prices.price_list_id",
            "prices.price_rules.attribute",
            "prices.price_rules.value",
            "prices.price_rules.operator",
            "rules.*",
            ...returnLocationFields("service_zone.fulfillment_set.location."),
          ],
          filters: input.return_shipping_option_id
            ? { id: input.return_shipping_option_id }
            : {},
        })
        .then((r) => r.data),
    ])
    const early = input.customer_id ? readCustomer(input.customer_id) : null
    // Awaited below, unless the order check throws first.
    independent.catch(() => undefined)
    early?.catch(() => undefined)

    const order = await orderRead
    assertVisibleToCustomer(
      order,
      input.customer_id,
      `order_id: order ${input.order_id} was not found`
    )
    if (!order.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `order_id: order ${input.order_id} was placed as a guest; returns are requested by customers`
      )
    }
    const [[pluginReturned, reasonRows, options], { tier, policy, history }] =
      await Promise.all([independent, early ?? readCustomer(order.customer_id)])

    const snapshot: OrderSnapshot = {
      id: order.id,
      currency_code: order.currency_code,
      created_at: new Date(order.created_at as string),
      delivered_at: order.delivered_at,
      canceled: order.status === "canceled" || !!order.canceled_at,
      lines: (order.items ?? []).map((item) => {
        const detail = (item!.detail ?? {}) as Record<string, unknown>
        const nativeGone =
          num(detail.return_requested_quantity) +
          num(detail.return_received_quantity) +
          num(detail.written_off_quantity)
        // A request the plugin approved has a native return too: count the
        // larger of the two views, not both.
        const gone = Math.max(nativeGone, pluginReturned[item!.id] ?? 0)
        // Medusa returns only what has shipped (an exchange's new item before
        // it leaves, an order still in preparation): the rest waits.
        const quantity = num(item!.quantity)
        const unshipped = Math.max(0, quantity - num(detail.fulfilled_quantity))
        const shippedLeft =
          num(detail.fulfilled_quantity) - num(detail.return_requested_quantity)
        // Medusa prices a line for the units still kept (quantity less those
        // received or dismissed back), its quantity staying as ordered: the
        // engine prices the whole line, so scale back to what was paid for
        // all of it, or a line's second return is credited half.
        const kept =
          quantity -
          num(detail.return_received_quantity) -
          num(detail.return_dismissed_quantity)
        const paid = (amount: unknown) =>
          kept > 0 && kept < quantity
            ? (num(amount) * quantity) / kept
            : num(amount)
        const product = (
          item!.variant as {
            product?: {
              tags?: { value: string }[] | null
              categories?: { id: string }[] | null
            } | null
          } | null
        )?.product
        return {
          id: item!.id,
          title: item!.title,
          product_tags: (product?.tags ?? []).map((t) => t.value),
          category_ids: (product?.categories ?? []).map((c) => c.id),
          quantity,
          returnable_quantity: Math.max(
            0,
            Math.min(quantity - gone, shippedLeft)
          ),
          unshipped_quantity: unshipped,
          unit_price: num(item!.unit_price),
          subtotal: paid(item!.subtotal),
          discount_total: paid(item!.discount_total),
          tax_total: paid(item!.tax_total),
          total: paid(item!.total),
          is_tax_inclusive: !!item!.is_tax_inclusive,
        }
      }),
    }

    // The customer's chosen return method, else the store's first return
    // shipping option: Medusa's return needs one to ship the items back.
    const option = options.find((o) =>
      (o.rules ?? []).some(
        (r) => r?.attribute === "is_return" && String(r?.value) === "true"
      )
    )
    if (input.return_shipping_option_id && !option) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `return_shipping_option_id: ${input.return_shipping_option_id} is not a return shipping option`
      )
    }
    // What Medusa's pricing will charge this customer: the free-shipping
    // zero price or a tier's own price when one applies, else the plain one.
    const price = customerShippingPrice(
      (option?.prices ?? []) as ShippingPriceRow[],
      order.currency_code,
      pricingContextOf(tier?.id ?? null, policy.free_return_shipping)
    )
    const location =
      (
        option?.service_zone as {
          fulfillment_set?: { location?: LocationRow } | null
        } | null
      )?.fulfillment_set?.location ?? null
    const shipping = {
      option_id: option?.id ?? null,
      provider_id: (option?.provider_id as string | null | undefined) ?? null,
      amount: num(price?.amount),
      location_id: location?.id ?? null,
    }

    const context: ReturnContext = {
      order: snapshot,
      customer_id: order.customer_id,
      policy,
      tier,
      reason_codes: reasonRows.map((r) => toReasonSnapshot(r)),
      history,
      return_shipping: shipping,
      shown: {
        order_display_id: (order.display_id as number | null) ?? null,
        lines: Object.fromEntries(
          (order.items ?? []).map((item) => [
            item!.id,
            {
              variant_title: item!.variant_title ?? null,
              thumbnail: item!.thumbnail ?? null,
            },
          ])
        ),
        option_name: (option?.name as string | undefined) ?? null,
        location,
      },
    }
    return new StepResponse(context)
  }
)
