import { BarChartCard } from "../../components/reports/bar-list"
import { ReturnReport } from "../../hooks/api/return-reports"
import { formatPoints, formatRate } from "../../lib/format"

/** Returned items per reason, most frequent first. */
export const ReasonsChart = ({ rows }: { rows: ReturnReport["reasons"] }) => (
  <BarChartCard
    title="Reasons"
    description="Items returned per reason"
    labelWidth="8rem"
    valueWidth="6rem"
    sorted
    rows={rows.map((row) => ({
      key: row.reason_code,
      label: row.label ?? row.reason_code,
      value: row.items,
      display: `${formatPoints(row.items)} (${formatRate(row.share)})`,
      tooltip: row.reason_code,
    }))}
    color="bg-ui-tag-orange-icon"
    empty="No returned items in this range."
  />
)
