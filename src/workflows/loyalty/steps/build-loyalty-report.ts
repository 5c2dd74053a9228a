import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"
import type {
  LoyaltyPointsReport,
  LoyaltyReconciliation,
} from "../../../modules/loyalty-program/types"

export type BuildLoyaltyReportStepInput = {
  /** Dates or ISO strings: workflow inputs are serialized. */
  from: Date | string
  to: Date | string
  period: "day" | "week" | "month"
}

type Cohort = { customers: number; repeat: number; rate: number }
type PointFigures = {
  earned: number
  redeemed: number
  reversed: number
  expired: number
  adjusted: number
}

export type LoyaltyReport = {
  from: string
  to: string
  period: "day" | "week" | "month"
  members_per_tier: LoyaltyPointsReport["members_per_tier"]
  points_by_period: LoyaltyPointsReport["points_by_period"]
  totals: PointFigures
  redemption: LoyaltyPointsReport["redemption"] & { rate: number }
  repeat_purchase: { members: Cohort; non_members: Cohort }
  /** Customer orders of the period that earned points (0-point orders don't). */
  accrual: {
    customer_orders: number
    with_points: number
    accuracy: number
    missing_order_ids: string[]
  }
  reconciliation: LoyaltyReconciliation
}

export const buildLoyaltyReportStepId = "build-loyalty-report"

const rate = (part: number, whole: number) => (whole ? part / whole : 0)

// Orders are read in pages so a large store's report does not hold every
// order of the period in one result.
const ORDER_PAGE = 1000

/**
 * Assembles the program report: ledger figures from the loyalty module,
 * purchase behaviour from Medusa's orders (members vs non-members), and two
 * accuracy checks: stored balances against the ledger, and the period's
 * customer orders against the points they earned.
 *
 * @example
 * const report = buildLoyaltyReportStep({ from, to, period: "month" })
 */
export const buildLoyaltyReportStep = createStep(
  buildLoyaltyReportStepId,
  async (raw: BuildLoyaltyReportStepInput, { container }) => {
    const input = {
      from: new Date(raw.from),
      to: new Date(raw.to),
      period: raw.period,
    }
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const [points, reconciliation] = await Promise.all([
      service.reportPoints(input),
      service.reconcileBalances(),
    ])

    const ordersPerCustomer = new Map<string, number>()
    const customerOrderIds: string[] = []
    for (let skip = 0; ; skip += ORDER_PAGE) {
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "customer_id", "status"],
        filters: { created_at: { $gte: input.from, $lt: input.to } },
        pagination: { skip, take: ORDER_PAGE, order: { created_at: "ASC" } },
      })
      for (const order of orders) {
        if (!order.customer_id || order.status === "canceled") {
          continue
        }
        customerOrderIds.push(order.id)
        ordersPerCustomer.set(
          order.customer_id,
          (ordersPerCustomer.get(order.customer_id) ?? 0) + 1
        )
      }
      if (orders.length < ORDER_PAGE) {
        break
      }
    }

    const members = new Set(points.tiered_customer_ids)
    const cohort = { members: [0, 0], non_members: [0, 0] }
    for (const [customerId, count] of ordersPerCustomer) {
      const bucket = members.has(customerId)
        ? cohort.members
        : cohort.non_members
      bucket[0] += 1
      bucket[1] += count > 1 ? 1 : 0
    }
    const repeat = (b: number[]) => ({
      customers: b[0],
      repeat: b[1],
      rate: rate(b[1], b[0]),
    })

    const withPoints = await service.listOrdersWithPoints(customerOrderIds)
    const totals = points.points_by_period.reduce(
      (t, p) => ({
        earned: t.earned + p.earned,
        redeemed: t.redeemed + p.redeemed,
        reversed: t.reversed + p.reversed,
        expired: t.expired + p.expired,
        adjusted: t.adjusted + p.adjusted,
      }),
      { earned: 0, redeemed: 0, reversed: 0, expired: 0, adjusted: 0 }
    )
    const earnedSet = new Set(withPoints)

    const report: LoyaltyReport = {
      from: input.from.toISOString(),
      to: input.to.toISOString(),
      period: input.period,
      members_per_tier: points.members_per_tier,
      points_by_period: points.points_by_period,
      totals,
      redemption: {
        ...points.redemption,
        // Industry definition: share of the points issued that were spent.
        rate: rate(totals.redeemed, totals.earned),
      },
      repeat_purchase: {
        members: repeat(cohort.members),
        non_members: repeat(cohort.non_members),
      },
      accrual: {
        customer_orders: customerOrderIds.length,
        with_points: withPoints.length,
        accuracy: customerOrderIds.length
          ? withPoints.length / customerOrderIds.length
          : 1,
        missing_order_ids: customerOrderIds
          .filter((id) => !earnedSet.has(id))
          .slice(0, 100),
      },
      reconciliation,
    }
    return new StepResponse(report)
  }
)
