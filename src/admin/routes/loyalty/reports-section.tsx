import { useMemo } from "react"
import { useReportRange } from "../../components/reports/report-range"
import { ReportsLayout } from "../../components/reports/reports-layout"
import {
  LOYALTY_REPORT_PATH,
  useLoyaltyReport,
} from "../../hooks/api/loyalty-reports"
import { AccrualCard } from "./accrual-card"
import { MembersPerTierChart } from "./members-per-tier-chart"
import { PointsByPeriodChart } from "./points-by-period-chart"
import { ReconciliationCard } from "./reconciliation-card"
import { RedemptionCard } from "./redemption-card"
import { RepeatPurchaseCard } from "./repeat-purchase-card"

/** Program health for a chosen range, with a CSV export of the same data. */
export const ReportsSection = () => {
  const range = useReportRange()
  const query = useMemo(
    () => ({ ...range.dates, period: range.period }),
    [range.dates, range.period]
  )
  const result = useLoyaltyReport(query)

  return (
    <ReportsLayout
      range={range}
      csv={{ path: LOYALTY_REPORT_PATH, query }}
      result={result}
    >
      {(report) => (
        <>
          <PointsByPeriodChart
            rows={report.points_by_period}
            totals={report.totals}
            period={report.period}
          />
          <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
            <MembersPerTierChart rows={report.members_per_tier} />
            <div className="flex flex-col gap-y-3">
              <RedemptionCard redemption={report.redemption} />
              <RepeatPurchaseCard repeatPurchase={report.repeat_purchase} />
            </div>
          </div>
          {report.accrual && <AccrualCard accrual={report.accrual} />}
          <ReconciliationCard reconciliation={report.reconciliation} />
        </>
      )}
    </ReportsLayout>
  )
}
