import { channelLabels } from "../../components/returns/format"
import { ReturnChannel } from "../../hooks/api/return-requests"
import { ReturnReport } from "../../hooks/api/return-reports"
import { formatPoints } from "../../lib/format"
import { ReportCard } from "../loyalty/report-card"
import { HorizontalBars } from "./horizontal-bars"

/** Requests per channel: storefront, phone, email, chat, in store. */
export const ChannelsChart = ({ rows }: { rows: ReturnReport["channels"] }) => {
  const sorted = [...rows].sort((a, b) => b.requests - a.requests)
  return (
    <ReportCard title="Channels" description="Requests per channel">
      <HorizontalBars
        rows={sorted.map((row) => ({
          key: row.channel,
          label: channelLabels[row.channel as ReturnChannel] ?? row.channel,
          value: row.requests,
          display: formatPoints(row.requests),
        }))}
        empty="No return requests in this range."
      />
    </ReportCard>
  )
}
