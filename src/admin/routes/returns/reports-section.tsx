import { useMemo, useState } from "react"
import {
  ALL,
  FilterSelect,
  unlessAll,
} from "../../components/common/list-section"
import { useReportRange } from "../../components/reports/report-range"
import { ReportsLayout } from "../../components/reports/reports-layout"
import { useTierOptions } from "../../hooks/api/loyalty-tiers"
import {
  ReturnReportQuery,
  RETURN_REPORT_PATH,
  useReturnReport,
} from "../../hooks/api/return-reports"
import { ChannelsChart } from "./channels-chart"
import { ExchangesCard } from "./exchanges-card"
import { PerTierCard } from "./per-tier-card"
import { ReasonsChart } from "./reasons-chart"
import { TotalsCard } from "./totals-card"
import { VolumeChart } from "./volume-chart"

// The report's own value for requests made without a tier.
const NO_TIER = "none"

/** Returns health for a chosen range, with a CSV export of the same data. */
export const ReportsSection = () => {
  // Same whole-day range as the loyalty reports; only the grouping's name
  // differs.
  const range = useReportRange()
  const [tierId, setTierId] = useState<string>(ALL)
  const tierOptions = useTierOptions()
  const query = useMemo<ReturnReportQuery>(
    () => ({
      ...range.dates,
      group_by: range.period,
      tier_id: unlessAll(tierId),
    }),
    [range.dates, range.period, tierId]
  )
  const result = useReturnReport(query)

  return (
    <ReportsLayout
      range={range}
      csv={{ path: RETURN_REPORT_PATH, query }}
      result={result}
      filters={
        <FilterSelect
          label="Filter by tier"
          width={160}
          value={tierId}
          onChange={setTierId}
          options={[
            { value: ALL, label: "All tiers" },
            { value: NO_TIER, label: "No tier" },
            ...tierOptions,
          ]}
        />
      }
    >
      {(report) => (
        <>
          <TotalsCard
            totals={report.totals}
            disputesTracked={report.disputes_tracked !== false}
          />
          <VolumeChart rows={report.volume} groupBy={range.period} />
          <PerTierCard
            rows={report.per_tier}
            disputesTracked={report.disputes_tracked !== false}
          />
          <ExchangesCard rows={report.per_tier} totals={report.totals} />
          <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
            <ReasonsChart rows={report.reasons} />
            <ChannelsChart rows={report.channels} />
          </div>
        </>
      )}
    </ReportsLayout>
  )
}
