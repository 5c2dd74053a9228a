import { LoyaltyReport } from "../../hooks/api/loyalty-reports"
import { formatPoints, formatRate } from "../../lib/format"
import { ReportCard, Stat } from "./report-card"

export const RedemptionCard = ({
  redemption,
}: {
  redemption: LoyaltyReport["redemption"]
}) => (
  <ReportCard
    title="Redemption rate"
    description="Share of members who redeemed at least one reward"
  >
    <div className="grid grid-cols-3 gap-4">
      <Stat
        label="Rate"
        value={formatRate(redemption.rate)}
        detail={`${formatPoints(redemption.members_redeeming)} of ${formatPoints(redemption.members)} members`}
      />
      <Stat label="Redemptions" value={formatPoints(redemption.redemptions)} />
      <Stat
        label="Members redeeming"
        value={formatPoints(redemption.members_redeeming)}
      />
    </div>
  </ReportCard>
)
