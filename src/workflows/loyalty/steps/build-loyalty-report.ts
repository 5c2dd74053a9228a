import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"
import type {
  LoyaltyPointsReport,
  LoyaltyBalanceCheckResult,
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
  /** The latest stored balance check (see checkLoyaltyBalancesWorkflow). */
  reconciliation: LoyaltyBalanceCheckResult
}

export const buildLoyaltyReportStepId = "build-loyalty-report"

const rate = (part: number, whole: number) => (whole ? part / whole : 0)

/**
 * The report from SQL aggregates over the loyalty module's own tables only:
 * ledger figures (per-day rollup), reconciliation (the stored check) and
 * purchase behaviour (the per-order facts the accrual and reversal
 * workflows keep). Shared by the step and `bench/reports`, so the
 * benchmark times this code.
 */
export const assembleLoyaltyReport = async (
  deps: { loyalty: LoyaltyProgramModuleService },
  raw: BuildLoyaltyReportStepInput
): Promise<LoyaltyReport> => {
  const input = {
    from: new Date(raw.from),
    to: new Date(raw.to),
    period: raw.period,
  }
  const [points, latestCheck, cohorts] = await Promise.all([
    deps.loyalty.reportPoints(input),
    deps.loyalty.latestBalanceCheck(),
    deps.loyalty.reportOrderCohorts(input),
  ])
  // Until the first stored check (the nightly job's, or one an admin ran),
  // the report reconciles itself: a new program's ledger is small.
  const reconciliation =
    latestCheck ??
    ({
      ...(await deps.loyalty.reconcileBalances()),
      checked_at: new Date(),
      checked_by: null,
    } satisfies LoyaltyBalanceCheckResult)
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
  const cohort = (c: { customers: number; repeat: number }): Cohort => ({
    ...c,
    rate: rate(c.repeat, c.customers),
  })
  return {
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
      members: cohort(cohorts.members),
      non_members: cohort(cohorts.non_members),
    },
    accrual: {
      customer_orders: cohorts.customer_orders,
      with_points: cohorts.with_points,
      accuracy: cohorts.customer_orders
        ? cohorts.with_points / cohorts.customer_orders
        : 1,
      missing_order_ids: cohorts.missing_order_ids,
    },
    reconciliation,
  }
}

/**
 * Assembles the program report: ledger figures and purchase behaviour
 * (members vs non-members, from the module's order facts), and two
 * accuracy checks: stored balances against the ledger, and the period's
 * customer orders against the points they earned.
 *
 * @example
 * const report = buildLoyaltyReportStep({ from, to, period: "month" })
 */
export const buildLoyaltyReportStep = createStep(
  buildLoyaltyReportStepId,
  async (raw: BuildLoyaltyReportStepInput, { container }) => {
    const report = await assembleLoyaltyReport(
      { loyalty: container.resolve(LOYALTY_PROGRAM_MODULE) },
      raw
    )
    return new StepResponse(report)
  }
)
