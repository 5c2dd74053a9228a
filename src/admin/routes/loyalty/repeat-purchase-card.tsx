import { Text } from "@medusajs/ui"
import {
  LoyaltyReport,
  LoyaltyRepeatPurchase,
} from "../../hooks/api/loyalty-reports"
import { formatPoints, formatRate } from "../../lib/format"
import { ReportCard } from "../../components/reports/report-card"

const Row = ({
  label,
  group,
  color,
}: {
  label: string
  group: LoyaltyRepeatPurchase
  color: string
}) => (
  <div className="flex flex-col gap-y-1">
    <div className="flex items-end justify-between gap-x-2">
      <Text size="small" leading="compact" weight="plus">
        {label}
      </Text>
      <Text size="small" leading="compact">
        {formatRate(group.rate)}
      </Text>
    </div>
    <div className="bg-ui-bg-component h-3 overflow-hidden rounded-full">
      <div
        className={`${color} h-full rounded-full`}
        style={{ width: `${Math.min(1, Math.max(0, group.rate)) * 100}%` }}
      />
    </div>
    <Text size="xsmall" className="text-ui-fg-muted">
      {formatPoints(group.repeat)} of {formatPoints(group.customers)} customers
      ordered more than once
    </Text>
  </div>
)

export const RepeatPurchaseCard = ({
  repeatPurchase,
}: {
  repeatPurchase: LoyaltyReport["repeat_purchase"]
}) => (
  <ReportCard
    title="Repeat purchase rate"
    description="Members compared with customers outside the program"
  >
    <Row
      label="Members"
      group={repeatPurchase.members}
      color="bg-ui-tag-green-icon"
    />
    <Row
      label="Non-members"
      group={repeatPurchase.non_members}
      color="bg-ui-tag-neutral-icon"
    />
  </ReportCard>
)
