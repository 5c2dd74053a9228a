import { Heading, Text } from "@medusajs/ui"
import { LoyaltyTierChange } from "../../hooks/api/loyalty-accounts"
import { formatDateTime } from "../../lib/format"

const SHOWN = 5

/** The latest tier moves, with who made them and why. */
export const TierHistory = ({ changes }: { changes: LoyaltyTierChange[] }) => {
  if (!changes.length) {
    return null
  }
  const latest = [...changes]
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
    .slice(0, SHOWN)

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Tier history</Heading>
      <ul className="flex flex-col gap-y-2">
        {latest.map((change) => (
          <li key={change.id} className="flex flex-col">
            <Text size="small" leading="compact" weight="plus">
              {change.from_tier_name ?? "No tier"} →{" "}
              {change.to_tier_name ?? "No tier"}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(change.created_at)}
              {change.changed_by && ` · ${change.changed_by}`}
              {change.reason && ` · ${change.reason}`}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  )
}
