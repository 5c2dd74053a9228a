import { BarChartCard } from "../../components/reports/bar-list"
import { channelLabels } from "../../components/returns/format"
import { ReturnReport } from "../../hooks/api/return-reports"
import { formatPoints, labelOf } from "../../lib/format"

/** Requests per channel: storefront, phone, email, chat, in store. */
export const ChannelsChart = ({ rows }: { rows: ReturnReport["channels"] }) => (
  <BarChartCard
    title="Channels"
    description="Requests per channel"
    labelWidth="8rem"
    valueWidth="6rem"
    sorted
    rows={rows.map((row) => ({
      key: row.channel,
      label: labelOf(channelLabels, row.channel),
      value: row.requests,
      display: formatPoints(row.requests),
    }))}
    empty="No return requests in this range."
  />
)
