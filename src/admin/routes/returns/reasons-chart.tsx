import { ReturnReport } from "../../hooks/api/return-reports"
import { formatPoints, formatRate } from "../../lib/format"
import { ReportCard } from "../loyalty/report-card"
import { HorizontalBars } from "./horizontal-bars"

/** Returned items per reason, most frequent first. */
export const ReasonsChart = ({ rows }: { rows: ReturnReport["reasons"] }) => {
  const sorted = [...rows].sort((a, b) => b.items - a.items)
  return (
    <ReportCard title="Reasons" description="Items returned per reason">
      <HorizontalBars
        rows={sorted.map((row) => ({
          key: row.reason_code,
          label: row.label ?? row.reason_code,
          value: row.items,
          display: `${formatPoints(row.items)} (${formatRate(row.share)})`,
          tooltip: row.reason_code,
        }))}
        color="bg-ui-tag-orange-icon"
        empty="No returned items in this range."
      />
    </ReportCard>
  )
}
