import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { graphOrderRelated } from "../utils/order-related"
import {
  returnWindow,
  type RefundBreakdown,
  type ReturnEligibility,
} from "../../modules/return-policy/engine"
import type {
  ReturnDecisionActor,
  ReturnDecisionOutcome,
  ReturnRequestStatus,
  ReturnChannel,
} from "../../modules/return-policy/types"
import type {
  StoreRefundMethod,
  StoreReturnEligibility,
  StoreReturnLine,
  StoreReturnRequest,
  StoreReturnRequestExchange,
  StoreReturnShipping,
  StoreReturnStoreCredit,
} from "../../types/http/store-returns"
import { exchangeOf } from "../exchanges/shapes"
import { disputeRefundNote } from "../disputes/utils"
import { orderDeliveredAt } from "../../modules/return-policy/engine"
import { orderDeliveryFields } from "../utils/load-order"
import type { ReturnContext } from "./steps/load-return-context"
import { returnRequestFields } from "./fields"
import { returnShipmentFields } from "../../types/http/return-shipment"
import type { IssuedStoreCredit } from "./steps/issue-return-store-credit"
import {
  canCancelReturn,
  endOfUtcDay,
  matchReturnRefund,
  predictedOutcome,
  returnAddress,
  returnLocationFields,
  returnTimeline,
  sendBy,
  type LocationRow,
  type OrderRefund,
  type TimelineDecision,
} from "./store-shapes"

/**
 * An order's return page before the exchange terms and options are added
 * (`getStoreReturnEligibilityWorkflow` reads those from the policy and the
 * catalogue).
 */
export type StoreReturnEligibilityPage = Omit<
  StoreReturnEligibility,
  "exchange" | "items"
> & {
  items: Omit<StoreReturnEligibility["items"][number], "exchange_options">[]
}

/** `container.resolve(ContainerRegistrationKeys.QUERY)`. */
type Query = Omit<RemoteQueryFunction, symbol>

type Row = Record<string, any>

const num = (v: unknown) => Number(v ?? 0)
const uniq = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter((v): v is string => !!v)),
]

const REFUND_METHOD_LABELS = {
  original_payment: "Original payment method",
  store_credit: "Store credit",
} as const

/** Both ways back, with the tier's bonus on store credit. */
export const refundMethods = (bonusPercent: number): StoreRefundMethod[] => [
  {
    method: "original_payment",
    label: REFUND_METHOD_LABELS.original_payment,
    bonus_percent: 0,
  },
  {
    method: "store_credit",
    label: REFUND_METHOD_LABELS.store_credit,
    bonus_percent: bonusPercent,
  },
]

const byId = <T extends Row>(rows: T[]) =>
  new Map(rows.filter(Boolean).map((r) => [r.id as string, r]))

/** Order lines as a page shows them, by line id. */
const loadLines = async (query: Query, orderIds: string[]) => {
  if (!orderIds.length) {
    return { lines: new Map<string, StoreReturnLine>(), orders: new Map() }
  }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "currency_code",
      "created_at",
      "items.id",
      "items.title",
      "items.variant_title",
      "items.thumbnail",
      "items.unit_price",
      ...orderDeliveryFields,
    ],
    filters: { id: orderIds },
  })
  const lines = new Map<string, StoreReturnLine>()
  for (const order of orders) {
    for (const item of order.items ?? []) {
      if (item) {
        lines.set(item.id, {
          line_item_id: item.id,
          title: item.title,
          variant_title: item.variant_title ?? null,
          thumbnail: item.thumbnail ?? null,
          unit_price: num(item.unit_price),
        })
      }
    }
  }
  return {
    lines,
    orders: byId(
      (orders as Row[]).map((o) => ({
        ...o,
        delivered_at: orderDeliveredAt(o.fulfillments),
      }))
    ),
  }
}

/** Stock location addresses and shipping option names, by id. */
const loadShippingPlaces = async (
  query: Query,
  { locationIds, optionIds }: { locationIds: string[]; optionIds: string[] }
) => {
  const [locations, options] = await Promise.all([
    locationIds.length
      ? query
          .graph({
            entity: "stock_location",
            fields: returnLocationFields(),
            filters: { id: locationIds },
          })
          .then((r) => r.data)
      : [],
    optionIds.length
      ? query
          .graph({
            entity: "shipping_option",
            fields: ["id", "name"],
            filters: { id: optionIds },
          })
          .then((r) => r.data)
      : [],
  ])
  return {
    locations: byId(locations as Row[]),
    options: byId(options as Row[]),
  }
}

/** The order's lines as a page shows them, from a return context. */
const contextLines = (
  context: Pick<ReturnContext, "order" | "shown">
): StoreReturnLine[] =>
  context.order.lines.map((line) => ({
    line_item_id: line.id,
    title: line.title,
    variant_title: context.shown.lines[line.id]?.variant_title ?? null,
    thumbnail: context.shown.lines[line.id]?.thumbnail ?? null,
    unit_price: line.unit_price,
  }))

const byLine = (lines: StoreReturnLine[]) =>
  new Map(lines.map((l) => [l.line_item_id, l]))

/**
 * An order's return page: every line with its picture and variant, until
 * when it can come back and what it would refund, the reasons to pick from,
 * the refund methods with the tier's store-credit bonus, how the parcel
 * goes back and where to.
 */
export const presentStoreReturnEligibility = (
  eligibility: ReturnEligibility,
  context: Pick<ReturnContext, "order" | "return_shipping" | "shown">
): StoreReturnEligibilityPage => {
  // The context read the lines, the option and its location already.
  const lines = byLine(contextLines(context))
  const sameOption =
    eligibility.return_shipping.option_id === context.return_shipping.option_id
  const currency = eligibility.currency_code
  const shipping: StoreReturnShipping = {
    option_id: eligibility.return_shipping.option_id,
    method: sameOption ? context.shown.option_name : null,
    amount: eligibility.return_shipping.amount,
    free: eligibility.return_shipping.free,
    address: returnAddress(context.shown.location),
    tracking_number: null,
    tracking_url: null,
    label_url: null,
  }
  return {
    order_id: eligibility.order_id,
    currency_code: currency,
    tier: eligibility.tier,
    policy: eligibility.policy,
    return_shipping: shipping,
    reason_codes: eligibility.reason_codes,
    refund_methods: refundMethods(
      eligibility.policy.store_credit_bonus_percent
    ),
    items: eligibility.lines.map((line) => {
      const shown = lines.get(line.line_item_id)
      const refundItem = line.refund?.items[0]
      return {
        line_item_id: line.line_item_id,
        title: shown?.title ?? line.title,
        variant_title: shown?.variant_title ?? null,
        thumbnail: shown?.thumbnail ?? null,
        unit_price: shown?.unit_price ?? 0,
        currency_code: currency,
        quantity: line.quantity,
        returnable_quantity: line.returnable_quantity,
        return_deadline: endOfUtcDay(line.deadline),
        days_left: line.days_left,
        eligible: line.eligible,
        reasons_not_eligible: line.reason ? [line.reason] : [],
        refund_amount: refundItem?.total ?? 0,
        restocking_fee: refundItem?.restocking_fee ?? 0,
        refund_estimate: line.refund,
        predicted_outcome: {
          outcome: predictedOutcome(line.outcome),
          reasons: line.outcome === "auto_approve" ? [] : line.outcome_reasons,
        },
      }
    }),
  }
}

/** A request's `metadata.exchange` as its customer reads it. */
const presentExchange = (meta: Row): StoreReturnRequestExchange | null => {
  const exchange = exchangeOf(meta)
  if (!exchange) {
    return null
  }
  return {
    currency_code: exchange.currency_code,
    lines: (exchange.lines ?? []).map((line) => ({
      line_item_id: line.line_item_id,
      quantity: num(line.quantity),
      title: line.title,
      variant_id: line.variant_id,
      product_title: line.product_title,
      variant_title: line.variant_title,
      credit: num(line.credit),
      new_total: num(line.new_total),
      difference: num(line.difference),
    })),
    credit_total: num(exchange.credit_total),
    new_total: num(exchange.new_total),
    // Medusa's settled figure once the exchange exists, the plan's before.
    difference: num(exchange.settled_difference ?? exchange.difference),
    instant: !!exchange.instant,
    exchange_id: exchange.exchange_id ?? null,
    refunded: num(exchange.refunded),
    return_due_at: exchange.return_due_at ?? null,
  }
}

/** The fields of a return request the store presenter reads. */
const REQUEST_FIELDS = [
  ...returnRequestFields,
  "created_by_type",
  "policy_id",
  "metadata",
  "decisions.decided_by_type",
  // Its parcel (label, tracking, pickup): the return logistics module's link.
  ...returnShipmentFields("return_shipment."),
]

/**
 * A return request its workflow has just written, with what its customer's
 * answer shows that the workflow had read already: the order's lines, the
 * reason labels, the policy's window, the return option and its stock
 * location, the native return it created and the parcel's label. The
 * answer is shaped from it without reading any of that again (about 17
 * statements on the storefront's request path). Built by
 * `freshReturnRequestOf`.
 */
export type FreshReturnRequest = {
  /** The request as `REQUEST_FIELDS` reads it. */
  request: Row
  order: {
    id: string
    display_id: number | null
    currency_code: string
    created_at: string | Date
    delivered_at: string | Date | null
    lines: StoreReturnLine[]
  }
  /** Label by reason code. */
  reason_labels: Record<string, string>
  policy: { id: string; return_window_days: number }
  option: { id: string; name: string | null } | null
  location: LocationRow
  /** As `presentStoreReturnRequests` reads a native return; null without. */
  native_return: Row | null
}

/**
 * `FreshReturnRequest` of a request `requestReturnWorkflow` has written:
 * the request step's output, the context it was evaluated in, the native
 * return Medusa created (approved at once) and the shipment recorded from
 * the option provider's label (none from Medusa's manual provider).
 */
export const freshReturnRequestOf = ({
  request,
  context,
  nativeReturn,
  shipment,
}: {
  request: Row
  context: Pick<
    ReturnContext,
    "order" | "reason_codes" | "policy" | "return_shipping" | "shown"
  >
  nativeReturn?: Row | null
  shipment?: Row | null
}): FreshReturnRequest => {
  const locationId =
    nativeReturn?.location_id ?? context.return_shipping.location_id
  return {
    request: {
      ...request,
      // As the link reads it: the shipment's customer-facing fields.
      return_shipment: shipment
        ? Object.fromEntries(
            returnShipmentFields().map((f) => [f, shipment[f] ?? null])
          )
        : null,
    },
    order: {
      id: context.order.id,
      display_id: context.shown.order_display_id,
      currency_code: context.order.currency_code,
      created_at: context.order.created_at,
      delivered_at: context.order.delivered_at,
      lines: contextLines(context),
    },
    reason_labels: Object.fromEntries(
      context.reason_codes.map((r) => [r.code, r.label])
    ),
    policy: {
      id: context.policy.id,
      return_window_days: context.policy.return_window_days,
    },
    option: context.return_shipping.option_id
      ? {
          id: context.return_shipping.option_id,
          name: context.shown.option_name,
        }
      : null,
    location: context.shown.location,
    native_return: nativeReturn?.id
      ? {
          id: nativeReturn.id,
          status: nativeReturn.status,
          location_id: locationId ?? null,
          received_at: nativeReturn.received_at ?? null,
          fulfillments: [
            {
              location_id: locationId ?? null,
              labels:
                shipment && (shipment.tracking_number || shipment.label_url)
                  ? [
                      {
                        tracking_number: shipment.tracking_number ?? null,
                        tracking_url: shipment.tracking_url ?? null,
                        label_url: shipment.label_url ?? null,
                      },
                    ]
                  : [],
            },
          ],
        }
      : null,
  }
}

/** What the answers show besides the requests, by id. */
type Around = {
  lines: Map<string, StoreReturnLine>
  orders: Map<string, Row>
  nativeReturns: Map<string, Row>
  reasons: Map<string, string>
  policies: Map<string, Row>
  money: Awaited<ReturnType<typeof loadOrderRefunds>>
  recordedPlaces: Awaited<ReturnType<typeof loadShippingPlaces>>
}

/** `Around` of a request its workflow has just written: no reads. */
const aroundFresh = ({
  order,
  reason_labels,
  policy,
  option,
  location,
  native_return,
}: FreshReturnRequest): Around => ({
  lines: byLine(order.lines),
  orders: byId([order]),
  nativeReturns: byId(native_return ? [native_return] : []),
  reasons: new Map(
    Object.entries(reason_labels).map(([code, label]) => [
      code.toUpperCase(),
      label,
    ])
  ),
  policies: byId([policy]),
  money: { refunds: new Map(), disputeRefunds: new Set() },
  recordedPlaces: {
    options: byId(option ? [option] : []),
    locations: byId(location?.id ? [location as Row] : []),
  },
})

/** `Around` of requests read from the database, side by side. */
const readAround = async (query: Query, requests: Row[]): Promise<Around> => {
  const orderIds = uniq(requests.map((r) => r.order_id))
  const returnIds = uniq(requests.map((r) => r.return_id))
  const codes = uniq(
    requests.flatMap((r) =>
      (r.items ?? []).map((i: Row | null) => i?.reason_code)
    )
  )

  // The places the requests recorded when made, read beside the rest: the
  // native returns' own (read with them) are rarely different.
  const recorded = (key: string) =>
    uniq(requests.map((r) => r.metadata?.[key] as string | undefined))
  const [
    linesAndOrders,
    nativeReturns,
    reasons,
    policies,
    money,
    recordedPlaces,
  ] = await Promise.all([
    loadLines(query, orderIds),
    returnIds.length
      ? graphOrderRelated(
          query,
          "return",
          [
            "id",
            "status",
            "location_id",
            "received_at",
            "fulfillments.location_id",
            "fulfillments.labels.tracking_number",
            "fulfillments.labels.tracking_url",
            "fulfillments.labels.label_url",
          ],
          returnIds
        ).then((r) => byId(r.data as Row[]))
      : new Map<string, Row>(),
    codes.length
      ? query
          .graph({
            entity: "return_reason_code",
            fields: ["code", "label"],
            filters: { code: codes },
          })
          .then(
            (r) =>
              new Map(
                (r.data as Row[]).map((c) => [
                  String(c.code).toUpperCase(),
                  c.label as string,
                ])
              )
          )
      : new Map<string, string>(),
    query
      .graph({
        entity: "return_policy",
        fields: ["id", "return_window_days"],
        filters: { id: uniq(requests.map((r) => r.policy_id)) },
        // Old versions stay readable: decisions point at the terms applied.
        withDeleted: true,
      })
      .then((r) => byId(r.data as Row[])),
    // Only a request received and refunded to the payment has a refund
    // to find: most pages need none of these reads.
    loadOrderRefunds(
      query,
      uniq(
        requests
          .filter(
            (r) =>
              r.status === "completed" && r.refund_method === "original_payment"
          )
          .map((r) => r.order_id)
      )
    ),
    loadShippingPlaces(query, {
      locationIds: recorded("return_location_id"),
      optionIds: recorded("return_shipping_option_id"),
    }),
  ])
  return {
    ...linesAndOrders,
    nativeReturns,
    reasons,
    policies,
    money,
    recordedPlaces,
  }
}

/**
 * Return requests as their customer reads them, in the order of `ids`
 * (ids that are unknown, or not `customer_id`'s, are left out): each line
 * with its picture, variant and reason label, the refund estimate, how
 * and where to send the parcel and by when, the timeline, the store credit
 * once paid, and whether it can still be canceled. With `fresh`, the one
 * request its workflow has just written is shaped from what the workflow
 * read (`FreshReturnRequest`), the same answer without the reads.
 *
 * @example
 * const [request] = await presentStoreReturnRequests(query, { ids: ["rreq_123"], customer_id })
 */
export const presentStoreReturnRequests = async (
  query: Query,
  { ids, customer_id }: { ids: string[]; customer_id?: string | null },
  fresh?: FreshReturnRequest | null
): Promise<StoreReturnRequest[]> => {
  if (!ids.length) {
    return []
  }
  const known =
    fresh &&
    ids.length === 1 &&
    ids[0] === fresh.request.id &&
    (!customer_id || fresh.request.customer_id === customer_id)
      ? fresh
      : null
  const requests = known
    ? [known.request]
    : ((
        await query.graph({
          entity: "return_request",
          fields: REQUEST_FIELDS,
          filters: customer_id ? { id: ids, customer_id } : { id: ids },
        })
      ).data as Row[])
  if (!requests.length) {
    return []
  }
  const {
    lines,
    orders,
    nativeReturns,
    reasons,
    policies,
    money,
    recordedPlaces,
  } = known ? aroundFresh(known) : await readAround(query, requests)

  const locationOf = (request: Row): string | null => {
    const ret = nativeReturns.get(request.return_id ?? "")
    return (
      ret?.location_id ??
      (ret?.fulfillments ?? []).find((f: Row | null) => f?.location_id)
        ?.location_id ??
      (request.metadata?.return_location_id as string | undefined) ??
      null
    )
  }
  // The option the request was made with, which its native return was
  // created with (the plugin never changes a return's method): reading the
  // return's shipping methods costs the Order module four statements.
  const optionOf = (request: Row): string | null =>
    (request.metadata?.return_shipping_option_id as string | undefined) ?? null
  // A native return received elsewhere than the request said.
  const otherLocations = uniq(requests.map(locationOf)).filter(
    (id) => !recordedPlaces.locations.has(id)
  )
  const places = otherLocations.length
    ? await loadShippingPlaces(query, {
        locationIds: otherLocations,
        optionIds: [],
      }).then((more) => ({
        ...recordedPlaces,
        locations: new Map([...recordedPlaces.locations, ...more.locations]),
      }))
    : recordedPlaces

  const now = new Date()
  const presented = requests.map((request): StoreReturnRequest => {
    const estimate = request.refund_estimate as RefundBreakdown
    const order = orders.get(request.order_id)
    const ret = nativeReturns.get(request.return_id ?? "")
    const meta = (request.metadata ?? {}) as Row
    const decisions = (request.decisions ?? []).filter(
      Boolean
    ) as TimelineDecision[]

    const policy = policies.get(request.policy_id)
    const window =
      policy && order
        ? returnWindow(
            { return_window_days: num(policy.return_window_days) },
            {
              created_at: new Date(order.created_at),
              delivered_at: order.delivered_at
                ? new Date(order.delivered_at)
                : null,
            },
            now
          )
        : null

    const optionId = optionOf(request)
    const method = places.options.get(optionId ?? "")?.name ?? null
    const label =
      (ret?.fulfillments ?? [])
        .flatMap((f: Row | null) => f?.labels ?? [])
        .find((l: Row | null) => l?.tracking_number || l?.label_url) ?? null
    const free = !!meta.free_return_shipping

    const credit = meta.store_credit as IssuedStoreCredit | undefined
    const storeCredit: StoreReturnStoreCredit | null =
      credit && typeof credit === "object"
        ? {
            kind: credit.kind,
            code: credit.code ?? null,
            amount: num(credit.amount),
            currency_code: credit.currency_code,
          }
        : null

    const received = decisions.find((d) => d.outcome === "completed")
    const refund =
      received && request.refund_method === "original_payment"
        ? matchReturnRefund(money.refunds.get(request.order_id) ?? [], {
            received_at: received.created_at,
            refund_total: num(estimate.refund_total),
            excluded: money.disputeRefunds,
          })
        : null

    return {
      id: request.id,
      rma_number: request.rma_number,
      order_id: request.order_id,
      order_display_id: order?.display_id ?? null,
      status: request.status as ReturnRequestStatus,
      channel: request.channel as ReturnChannel,
      currency_code: estimate.currency_code ?? order?.currency_code,
      refund_method: request.refund_method,
      tier_name: request.tier_name ?? null,
      note: request.note ?? null,
      return_id: request.return_id ?? null,
      created_at: new Date(request.created_at).toISOString(),
      decided_at: request.decided_at
        ? new Date(request.decided_at).toISOString()
        : null,
      items: (request.items ?? []).filter(Boolean).map((item: Row) => {
        const shown = lines.get(item.line_item_id)
        return {
          id: item.id,
          line_item_id: item.line_item_id,
          title: shown?.title ?? item.line_item_id,
          variant_title: shown?.variant_title ?? null,
          thumbnail: shown?.thumbnail ?? null,
          unit_price: shown?.unit_price ?? 0,
          quantity: num(item.quantity),
          reason_code: item.reason_code,
          reason_label:
            reasons.get(String(item.reason_code).toUpperCase()) ??
            item.reason_code,
          condition: item.condition ?? null,
          refund_amount: num(item.refund_amount),
          restocking_fee: num(item.restocking_fee),
        }
      }),
      refund_estimate: estimate,
      send_by: sendBy(request.status, window),
      return_shipping: {
        option_id: optionId,
        method,
        amount: num(estimate.return_shipping),
        free,
        address: returnAddress(places.locations.get(locationOf(request) ?? "")),
        tracking_number: label?.tracking_number ?? null,
        tracking_url: label?.tracking_url ?? null,
        label_url: label?.label_url ?? null,
      },
      timeline: returnTimeline({
        created_at: request.created_at,
        created_by_type: request.created_by_type,
        decisions: decisions.map((d) => ({
          ...d,
          outcome: d.outcome as ReturnDecisionOutcome,
          decided_by_type: d.decided_by_type as ReturnDecisionActor,
        })),
        store_credit: storeCredit
          ? { amount: storeCredit.amount, issued_at: credit?.issued_at }
          : null,
        refund,
      }),
      store_credit: storeCredit,
      can_cancel: canCancelReturn(request.status, ret?.status),
      return_shipment: request.return_shipment ?? null,
      exchange: presentExchange(meta),
    }
  })
  const position = new Map(ids.map((id, i) => [id, i]))
  return presented.sort(
    (a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)
  )
}

/**
 * The orders' payment refunds, and the ids of those a dispute made (by
 * its recorded refund ids or its refund note), which are no return's.
 */
const loadOrderRefunds = async (query: Query, orderIds: string[]) => {
  if (!orderIds.length) {
    return {
      refunds: new Map<string, OrderRefund[]>(),
      disputeRefunds: new Set<string>(),
    }
  }
  const [{ data: orders }, { data: disputes }] = await Promise.all([
    query.graph({
      entity: "order",
      fields: [
        "id",
        "payment_collections.payments.refunds.id",
        "payment_collections.payments.refunds.amount",
        "payment_collections.payments.refunds.note",
        "payment_collections.payments.refunds.created_at",
      ],
      filters: { id: orderIds },
    }),
    query.graph({
      entity: "dispute",
      fields: ["number", "refund_ids"],
      filters: { order_id: orderIds },
    }),
  ])
  const disputeNotes = new Set(
    (disputes as Row[]).map((d) => disputeRefundNote(d.number))
  )
  const disputeRefunds = new Set<string>(
    (disputes as Row[]).flatMap((d) => (d.refund_ids ?? []) as string[])
  )
  const refunds = new Map<string, OrderRefund[]>()
  for (const order of orders as Row[]) {
    const all: OrderRefund[] = (order.payment_collections ?? [])
      .flatMap((pc: Row | null) => pc?.payments ?? [])
      .flatMap((p: Row | null) => p?.refunds ?? [])
      .filter(Boolean)
      .map((r: Row) => ({
        id: r.id,
        amount: num(r.amount),
        note: r.note ?? null,
        created_at: r.created_at,
      }))
    for (const r of all) {
      if (r.note && disputeNotes.has(r.note)) {
        disputeRefunds.add(r.id)
      }
    }
    refunds.set(order.id, all)
  }
  return { refunds, disputeRefunds }
}
