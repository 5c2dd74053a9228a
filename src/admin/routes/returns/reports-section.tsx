import { Container, Heading, Select, Skeleton, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useLoyaltyTiers } from "../../hooks/api/loyalty-tiers"
import {
  ReturnReportGroupBy,
  ReturnReportQuery,
  RETURN_REPORT_PATH,
  useReturnReport,
} from "../../hooks/api/return-reports"
import { formatDate } from "../../lib/format"
import {
  defaultPeriodFor,
  rangeToQuery,
  ReportPeriodSelector,
  ReportRange,
} from "../loyalty/report-period-selector"
import { ChannelsChart } from "./channels-chart"
import { DownloadReportButton } from "../../components/reports/download-report-button"
import { PerTierCard } from "./per-tier-card"
import { ReasonsChart } from "./reasons-chart"
import { TotalsCard } from "./totals-card"
import { VolumeChart } from "./volume-chart"

const ALL_TIERS = "all"
// The report's own value for requests made without a tier.
const NO_TIER = "none"

/** Returns health for a chosen range, with a CSV export of the same data. */
export const ReportsSection = () => {
  const [range, setRange] = useState<ReportRange>("30d")
  const [groupBy, setGroupBy] = useState<ReturnReportGroupBy>(
    defaultPeriodFor("30d")
  )
  // Same whole-day range as the loyalty reports; only the grouping's name
  // differs.
  const [tierId, setTierId] = useState(ALL_TIERS)
  const { data: tierData } = useLoyaltyTiers({ limit: 100 })
  const query = useMemo<ReturnReportQuery>(() => {
    const { from, to } = rangeToQuery(range, groupBy)
    return {
      from,
      to,
      group_by: groupBy,
      tier_id: tierId === ALL_TIERS ? undefined : tierId,
    }
  }, [range, groupBy, tierId])
  const { data, isLoading, isError, error } = useReturnReport(query)
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
        <div className="flex flex-wrap items-center gap-2">
          <Select size="small" value={tierId} onValueChange={setTierId}>
            <Select.Trigger aria-label="Filter by tier" style={{ width: 160 }}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL_TIERS}>All tiers</Select.Item>
              <Select.Item value={NO_TIER}>No tier</Select.Item>
              {(tierData?.tiers ?? []).map((tier) => (
                <Select.Item key={tier.id} value={tier.id}>
                  {tier.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <ReportPeriodSelector
            range={range}
            period={groupBy}
            onRangeChange={(next) => {
              setRange(next)
              setGroupBy(defaultPeriodFor(next))
            }}
            onPeriodChange={setGroupBy}
          />
          <DownloadReportButton path={RETURN_REPORT_PATH} query={query} />
        </div>
      </Container>
      {isError ? (
        <Container className="px-6 py-4">
          <Text className="text-ui-fg-error" role="alert">
            {error.message}
          </Text>
        </Container>
      ) : isLoading || !report ? (
        <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-32 w-full rounded-lg" />
          ))}
        </div>
      ) : (
        <>
          <TotalsCard
            totals={report.totals}
            disputesTracked={report.disputes_tracked !== false}
          />
          <VolumeChart rows={report.volume} groupBy={groupBy} />
          <PerTierCard
            rows={report.per_tier}
            disputesTracked={report.disputes_tracked !== false}
          />
          <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
            <ReasonsChart rows={report.reasons} />
            <ChannelsChart rows={report.channels} />
          </div>
        </>
      )}
    </div>
  )
}
