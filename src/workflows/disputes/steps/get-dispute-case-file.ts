import type {
  FulfillmentDTO,
  FulfillmentLabelDTO,
  MedusaContainer,
  OrderDTO,
  OrderLineItemDTO,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { getCustomersLoyalty } from "../../loyalty/steps/get-customer-loyalty"
import {
  ORDER_REFUND_FIELDS,
  refundablePayment,
  type OrderForRefund,
} from "../utils"
import { queryStep } from "../../utils/module-step"
import { graphOrderRelated } from "../../utils/order-related"
import { adminReturnRequestFields } from "../../return-policy/fields"

type Row = Record<string, any>

const byCreatedAt = (a: Row, b: Row) =>
  new Date(a.created_at).getTime() - new Date(b.created_at).getTime()

/**
 * Tier id and name per customer, for the dispute queue and the case file.
 *
 * @example
 * const tiers = await customerTierNames(container, ["cus_1"])
 */
export const customerTierNames = async (
  container: MedusaContainer,
  customerIds: string[]
) => {
  const standings = await getCustomersLoyalty(container, customerIds)
  const tiers = new Map<string, { id: string; name: string } | null>()
  for (const [customerId, { tier }] of standings) {
    tiers.set(customerId, tier && { id: tier.id, name: tier.name })
  }
  return tiers
}

const orderFields = [
  "id",
  "display_id",
  "created_at",
  "currency_code",
  "total",
  "item_total",
  "items.id",
  "items.title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.thumbnail",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  ...ORDER_REFUND_FIELDS,
]

const countOf = async (
  container: MedusaContainer,
  entity: string,
  filters: Record<string, unknown>
) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity,
    fields: ["id"],
    filters,
    pagination: { skip: 0, take: 1 },
  })
  return Number(metadata?.count ?? 0)
}

/** The order as `orderFields` loads it. */
type CaseFileOrder = Pick<
  OrderDTO,
  "id" | "display_id" | "created_at" | "currency_code" | "total" | "item_total"
> &
  OrderForRefund & {
    items?:
      | (Pick<
          OrderLineItemDTO,
          "id" | "title" | "quantity" | "unit_price" | "total" | "thumbnail"
        > | null)[]
      | null
    fulfillments?:
      | (
          | (Pick<FulfillmentDTO, "id" | "shipped_at" | "delivered_at"> & {
              labels?:
                | (Pick<
                    FulfillmentLabelDTO,
                    "tracking_number" | "tracking_url"
                  > | null)[]
                | null
            })
          | null
        )[]
      | null
  }

const presentOrder = (order: CaseFileOrder) => {
  const refund = refundablePayment(order)
  return {
    id: order.id,
    display_id: order.display_id,
    created_at: order.created_at,
    currency_code: order.currency_code,
    total: order.total,
    item_total: order.item_total,
    refunded_total: refund?.refunded ?? 0,
    refundable_amount: refund?.refundable ?? 0,
    items: (order.items ?? [])
      .filter((item) => !!item)
      .map((item) => ({
        id: item.id,
        title: item.title,
        quantity: item.quantity,
        unit_price: item.unit_price,
        total: item.total,
        thumbnail: item.thumbnail ?? null,
      })),
    fulfillments: (order.fulfillments ?? [])
      .filter((f) => !!f)
      .map((f) => ({
        id: f.id,
        shipped_at: f.shipped_at ?? null,
        delivered_at: f.delivered_at ?? null,
        labels: (f.labels ?? [])
          .filter((l) => !!l)
          .map((l) => ({
            tracking_number: l.tracking_number,
            tracking_url: l.tracking_url,
          })),
      })),
  }
}

export type GetDisputeCaseFileStepInput = {
  order_id: string
  return_request_id?: string | null
  customer_id: string
}

export const getDisputeCaseFileStepId = "get-dispute-case-file"

/**
 * What the dispute workspace shows around a dispute: the order with items,
 * totals, shipments and what is still refundable, the return request with
 * its decisions (oldest first), the native return, and the customer with
 * tier and history. Read-only.
 *
 * @example
 * const caseFile = getDisputeCaseFileStep({ order_id, return_request_id, customer_id })
 */
export const getDisputeCaseFileStep = queryStep(
  getDisputeCaseFileStepId,
  async (input: GetDisputeCaseFileStepInput, query, { container }) => {
    const {
      data: [order],
    }: { data: (CaseFileOrder | undefined)[] } = await query.graph({
      entity: "order",
      fields: orderFields,
      filters: { id: input.order_id },
    })

    let returnRequest: Row | null = null
    if (input.return_request_id) {
      const {
        data: [request],
      } = await query.graph({
        entity: "return_request",
        fields: adminReturnRequestFields,
        filters: { id: input.return_request_id },
      })
      if (request) {
        returnRequest = {
          ...request,
          items: [...(request.items ?? [])].sort(byCreatedAt),
          decisions: [...(request.decisions ?? [])].sort(byCreatedAt),
        }
      }
    }

    let nativeReturn: Row | null = null
    if (returnRequest?.return_id) {
      const {
        data: [ret],
      } = await graphOrderRelated(
        query,
        "return",
        ["id", "status", "refund_amount", "received_at"],
        [returnRequest.return_id]
      )
      nativeReturn = ret
        ? {
            id: ret.id,
            status: ret.status,
            refund_amount: ret.refund_amount ?? null,
            received_at: ret.received_at ?? null,
          }
        : null
    }

    const {
      data: [customer],
    } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: input.customer_id },
    })
    const tiers = await customerTierNames(container, [input.customer_id])
    const [returns, disputes] = await Promise.all([
      countOf(container, "return_request", { customer_id: input.customer_id }),
      countOf(container, "dispute", { customer_id: input.customer_id }),
    ])

    return new StepResponse({
      order: order ? presentOrder(order) : null,
      return_request: returnRequest,
      native_return: nativeReturn,
      customer: customer
        ? {
            id: customer.id,
            email: customer.email,
            first_name: customer.first_name ?? null,
            last_name: customer.last_name ?? null,
            tier: tiers.get(input.customer_id) ?? null,
            history: { returns, disputes },
          }
        : null,
    })
  }
)
