import { Badge, StatusBadge, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { LoyaltyAccountDetail } from "../../hooks/api/loyalty-accounts"
import { formatAmount, formatDate, formatPoints } from "../../lib/format"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <div className="text-ui-fg-base">{children}</div>
  </div>
)

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
    <Row label="Tier">
      {account.tier ? (
        <Badge size="2xsmall">{account.tier.name}</Badge>
      ) : (
        <Value>No tier</Value>
      )}
    </Row>
    <Row label="Points available">
      <Value>{formatPoints(account.points_available)}</Value>
    </Row>
    <Row label="Points pending">
      <Value>{formatPoints(account.points_pending)}</Value>
    </Row>
    <Row label="Points debt">
      <Text
        size="small"
        leading="compact"
        className={account.points_debt > 0 ? "text-ui-fg-error" : undefined}
      >
        {formatPoints(account.points_debt)}
      </Text>
    </Row>
    <Row label="Lifetime spend">
      <Value>{formatAmount(account.lifetime_spend)}</Value>
    </Row>
    <Row label="Tier lock">
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
    </Row>
  </>
)
