import { z } from "@medusajs/framework/zod"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { getLoyaltyContextStep } from "./steps/get-loyalty-context"
import { evaluateLoyaltyTiersWorkflow } from "./evaluate-loyalty-tiers"
import { LoyaltyEvents } from "./events"
import { schedulePointsReleaseWorkflow } from "./schedule-points-release"
import { recordPointsStep } from "./steps/record-points"
import { syncOrderFactStep } from "./steps/sync-order-fact"
import { ORDER_FACT_FIELDS, orderFactOf } from "./utils/order-fact"

export type AccrueOrderPointsWorkflowInput = { order_id: string }

export const accrueOrderPointsWorkflowId = "accrue-order-points"

const DAY_MS = 86_400_000

const ORDER_FIELDS = [
  ...ORDER_FACT_FIELDS,
  "display_id",
  "items.id",
  "items.quantity",
  "items.total",
  "items.tax_total",
]

/**
 * Credits the points of a placed order as pending. They become spendable
 * once the customer's return window has closed, counted from delivery:
 * `schedulePointsReleaseWorkflow` dates them when the order is delivered
 * (here already, if it was delivered first). Runs on `order.placed`; a second
 * delivery of the event writes nothing (idempotency key per order). Guest
 * orders earn nothing.
 *
 * Hook `calculatePoints({ order, context, points })` may return `{ points }`
 * (a whole number ≥ 0) to replace the default: floor(order items net of tax
 * and discounts × points per currency unit × tier multiplier).
 *
 * @example
 * await accrueOrderPointsWorkflow(container).run({ input: { order_id } })
 */
export const accrueOrderPointsWorkflow = createWorkflow(
  accrueOrderPointsWorkflowId,
  (input: AccrueOrderPointsWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const order = transform({ orders }, ({ orders }) => orders[0])

    const context = getLoyaltyContextStep({
      customer_id: order.customer_id,
    })

    const defaultPoints = transform(
      { order, context },
      ({ order, context }) => {
        if (!context) {
          return 0
        }
        // Items after discounts, without tax; shipping is not in item_total.
        const net = Number(order.item_total) - Number(order.item_tax_total)
        const multiplier = context.tier?.points_multiplier ?? 1
        return Math.max(
          0,
          Math.floor(net * context.points_per_currency_unit * multiplier)
        )
      }
    )

    const calculatePoints = createHook(
      "calculatePoints",
      { order, context, points: defaultPoints },
      {
        resultValidator: z.object({ points: z.number().int().nonnegative() }),
      }
    )

    const entries = transform(
      { order, context, defaultPoints, hook: calculatePoints.getResult() },
      ({ order, context, defaultPoints, hook }) => {
        const points = hook?.points ?? defaultPoints
        if (!context || points <= 0) {
          return []
        }
        const placedAt = new Date(order.created_at as string).getTime()
        return [
          {
            customer_id: order.customer_id as string,
            type: "earn" as const,
            points,
            status: "pending" as const,
            // Dated by schedulePointsReleaseWorkflow once delivered.
            available_at: null,
            expires_at: new Date(
              placedAt + context.points_expire_days * DAY_MS
            ),
            source_type: "order",
            source_id: order.id,
            idempotency_key: `order.placed:${order.id}`,
            // What the customer and the CSR read: the order number, not its id.
            note: `Order #${order.display_id}`,
            amount: Number(order.item_total) - Number(order.item_tax_total),
            metadata: {
              lines: Object.fromEntries(
                (order.items ?? []).map((item) => [
                  item!.id,
                  {
                    quantity: Number(item!.quantity),
                    net: Number(item!.total) - Number(item!.tax_total),
                  },
                ])
              ),
            },
          },
        ]
      }
    )
    const recorded = recordPointsStep(entries)

    // Every customer order, points or not: the report's purchase figures
    // (repeat purchase, orders without points) read these facts.
    syncOrderFactStep(
      transform({ order, context }, ({ order, context }) =>
        orderFactOf(order, context?.tier?.id ?? null)
      )
    )

    // An order delivered before its accrual ran (events are not ordered)
    // is dated here; otherwise delivery.created dates it later.
    const release = schedulePointsReleaseWorkflow.runAsStep({
      input: { order_id: input.order_id },
    })

    // Only a first delivery of order.placed earns, so only it announces.
    const earned = transform(
      { entries, recorded, release },
      ({ entries, recorded, release }) =>
        entries
          .filter((_, i) => recorded[i]?.created)
          .map((entry) => ({
            customer_id: entry.customer_id,
            order_id: entry.source_id,
            points: entry.points,
            status: entry.status,
            available_at: release.available_at,
            expires_at: entry.expires_at,
          }))
    )
    emitEventStep({
      eventName: LoyaltyEvents.POINTS_EARNED,
      data: earned,
    }).config({ name: "emit-points-earned" })

    const customerIds = transform({ orders }, ({ orders }) =>
      orders[0].customer_id ? [orders[0].customer_id] : []
    )
    evaluateLoyaltyTiersWorkflow.runAsStep({
      input: { customer_ids: customerIds },
    })

    return new WorkflowResponse(
      { entries, recorded },
      { hooks: [calculatePoints] }
    )
  }
)
