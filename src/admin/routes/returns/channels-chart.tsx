import { BarChartCard, countBar } from "../../components/reports/bar-list"
import { channelLabels } from "../../components/returns/format"
import { ReturnReport } from "../../hooks/api/return-reports"
import { labelOf } from "../../lib/format"

/** Requests per channel: storefront, phone, email, chat, in store. */
export const ChannelsChart = ({ rows }: { rows: ReturnReport["channels"] }) => (
  <BarChartCard
    title="Channels"
    description="Requests per channel"
    labelWidth="8rem"
    valueWidth="6rem"
    sorted
    rows={rows.map((row) =>
      countBar({
        key: row.channel,
        label: labelOf(channelLabels, row.channel),
        count: row.requests,
      })
    )}
    empty="No return requests in this range."
  />
)
