import { BarChartCard, countBar } from "../../components/reports/bar-list"
import { LoyaltyReport } from "../../hooks/api/loyalty-reports"
import { formatPoints } from "../../lib/format"

type MembersPerTierChartProps = {
  rows: LoyaltyReport["members_per_tier"]
}

/** Horizontal bars, highest tier first; members without a tier come last. */
export const MembersPerTierChart = ({ rows }: MembersPerTierChartProps) => (
  <BarChartCard
    title="Members per tier"
    description={`${formatPoints(
      rows.reduce((sum, r) => sum + r.members, 0)
    )} members in total`}
    labelWidth="8rem"
    rows={[...rows]
      .sort((a, b) => (b.rank ?? -Infinity) - (a.rank ?? -Infinity))
      .map((row) =>
        countBar({
          key: row.tier_id ?? "none",
          label: row.tier_name ?? "No tier",
          count: row.members,
        })
      )}
    empty="No members yet."
  />
)
