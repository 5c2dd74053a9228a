import { LoyaltyReport } from "../../hooks/api/loyalty-reports"
import { formatPoints, formatRate } from "../../lib/format"
import { ReportCard, Stat } from "../../components/reports/report-card"

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
        label="Members redeeming"
        value={formatRate(
          redemption.members
            ? redemption.members_redeeming / redemption.members
            : 0
        )}
        detail={`${formatPoints(redemption.members_redeeming)} of ${formatPoints(redemption.members)} members`}
      />
      <Stat label="Redemptions" value={formatPoints(redemption.redemptions)} />
      {/* The server's rate is points redeemed over points earned: a
          different ratio, labelled as such. */}
      <Stat
        label="Points redeemed"
        value={formatRate(redemption.rate)}
        detail="of the points earned"
      />
    </div>
  </ReportCard>
)
