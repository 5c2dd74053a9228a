import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  LoyaltyReportPeriod,
  LOYALTY_REPORT_PATH,
  useLoyaltyReport,
} from "../../hooks/api/loyalty-reports"
import { formatDate } from "../../lib/format"
import { AccrualCard } from "./accrual-card"
import { DownloadReportButton } from "../../components/reports/download-report-button"
import { MembersPerTierChart } from "./members-per-tier-chart"
import { PointsByPeriodChart } from "./points-by-period-chart"
import { ReconciliationCard } from "./reconciliation-card"
import { RedemptionCard } from "./redemption-card"
import { RepeatPurchaseCard } from "./repeat-purchase-card"
import {
  defaultPeriodFor,
  rangeToQuery,
  ReportPeriodSelector,
  ReportRange,
} from "./report-period-selector"

/** Program health for a chosen range, with a CSV export of the same data. */
export const ReportsSection = () => {
  const [range, setRange] = useState<ReportRange>("30d")
  const [period, setPeriod] = useState<LoyaltyReportPeriod>(
    defaultPeriodFor("30d")
  )
  const query = useMemo(() => rangeToQuery(range, period), [range, period])
  const { data, isLoading, isError, error } = useLoyaltyReport(query)
  const report = data?.report

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
        <div>
          <Heading>Reports</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {formatDate(query.from)} – {formatDate(query.to)}
          </Text>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          <ReportPeriodSelector
            range={range}
            period={period}
            onRangeChange={(next) => {
              setRange(next)
              setPeriod(defaultPeriodFor(next))
            }}
            onPeriodChange={setPeriod}
          />
          <DownloadReportButton path={LOYALTY_REPORT_PATH} query={query} />
        </div>
      </Container>
      {isError ? (
        <Container className="px-6 py-4">
          <Text className="text-ui-fg-error">{error.message}</Text>
        </Container>
      ) : isLoading || !report ? (
        <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-32 w-full rounded-lg" />
          ))}
        </div>
      ) : (
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
    </div>
  )
}
