import { Badge, StatusBadge, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { LoyaltyAccountDetail } from "../../hooks/api/loyalty-accounts"
import { formatAmount, formatDate, formatPoints } from "../../lib/format"
import { SectionRow } from "../common/detail-row"

const Value = ({ children }: { children: ReactNode }) => (
  <Text size="small" leading="compact">
    {children}
  </Text>
)

/** Tier, balances and lock state of one account, one row per figure. */
export const LoyaltySummary = ({
  account,
}: {
  account: LoyaltyAccountDetail
}) => (
  <>
    <SectionRow label="Tier">
      {account.tier ? (
        <Badge size="2xsmall">{account.tier.name}</Badge>
      ) : (
        <Value>No tier</Value>
      )}
    </SectionRow>
    <SectionRow label="Points available">
      <Value>{formatPoints(account.points_available)}</Value>
    </SectionRow>
    <SectionRow label="Points pending">
      <Value>{formatPoints(account.points_pending)}</Value>
    </SectionRow>
    <SectionRow label="Points debt">
      <Text
        size="small"
        leading="compact"
        className={account.points_debt > 0 ? "text-ui-fg-error" : undefined}
      >
        {formatPoints(account.points_debt)}
      </Text>
    </SectionRow>
    <SectionRow label="Lifetime spend">
      <Value>{formatAmount(account.lifetime_spend)}</Value>
    </SectionRow>
    <SectionRow label="Tier lock">
      {account.tier_locked ? (
        <div className="flex flex-col items-start gap-y-1">
          <StatusBadge color="orange">
            {account.tier_lock_expires_at
              ? `Locked until ${formatDate(account.tier_lock_expires_at)}`
              : "Locked"}
          </StatusBadge>
          {account.tier_lock_reason && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {account.tier_lock_reason}
              {account.tier_locked_by && ` (by ${account.tier_locked_by})`}
            </Text>
          )}
        </div>
      ) : (
        <StatusBadge color="grey">Not locked</StatusBadge>
      )}
    </SectionRow>
  </>
)
