import { Text } from "@medusajs/ui"
import { LoyaltyReport } from "../../hooks/api/loyalty-reports"
import { formatPoints } from "../../lib/format"
import { ReportCard } from "./report-card"

type MembersPerTierChartProps = {
  rows: LoyaltyReport["members_per_tier"]
}

/** Horizontal bars, highest tier first; members without a tier come last. */
export const MembersPerTierChart = ({ rows }: MembersPerTierChartProps) => {
  const sorted = [...rows].sort(
    (a, b) => (b.rank ?? -Infinity) - (a.rank ?? -Infinity)
  )
  const max = Math.max(1, ...sorted.map((r) => r.members))
  const total = sorted.reduce((sum, r) => sum + r.members, 0)

  return (
    <ReportCard
      title="Members per tier"
      description={`${formatPoints(total)} members in total`}
    >
      {sorted.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No members yet.
        </Text>
      ) : (
        <ul className="flex flex-col gap-y-2">
          {sorted.map((row) => (
            <li
              key={row.tier_id ?? "none"}
              className="grid items-center gap-x-3"
              style={{ gridTemplateColumns: "8rem minmax(0, 1fr) 4rem" }}
            >
              <Text size="small" leading="compact" className="truncate">
                {row.tier_name ?? "No tier"}
              </Text>
              <div className="bg-ui-bg-component h-3 overflow-hidden rounded-full">
                <div
                  className="bg-ui-tag-blue-icon h-full rounded-full"
                  style={{ width: `${(row.members / max) * 100}%` }}
                />
              </div>
              <Text size="small" leading="compact" className="text-right">
                {formatPoints(row.members)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </ReportCard>
  )
}
