import { formatDuration } from "../../components/returns/format"
import { ReturnReportTotals } from "../../hooks/api/return-reports"
import { formatPoints, formatRate } from "../../lib/format"
import {
  ReportCard,
  Stat,
  StatGrid,
} from "../../components/reports/report-card"

type TotalsCardProps = {
  totals: ReturnReportTotals
  /** false when the store has no dispute module: the rate would read 0. */
  disputesTracked: boolean
}

/** The range's requests and how they were decided. */
export const TotalsCard = ({ totals, disputesTracked }: TotalsCardProps) => (
  <ReportCard title="Decisions">
    <StatGrid>
      <Stat
        label="Requests"
        value={formatPoints(totals.requests)}
        detail={
          totals.pending_review != null
            ? `${formatPoints(totals.pending_review)} waiting for review`
            : undefined
        }
      />
      <Stat
        label="Auto-approved"
        value={formatRate(totals.auto_approved_share)}
        detail={`${formatPoints(totals.auto_approved)} by the policy alone`}
      />
      <Stat
        label="Reviewed"
        value={formatPoints(totals.reviewed)}
        detail={`${formatPoints(totals.approved)} approved, ${formatPoints(
          totals.rejected
        )} rejected, ${formatPoints(totals.canceled)} canceled`}
      />
      <Stat
        label="Dispute rate"
        value={disputesTracked ? formatRate(totals.dispute_rate) : "—"}
        detail={
          disputesTracked
            ? `${formatPoints(totals.disputed)} disputed`
            : "Disputes are not tracked in this store"
        }
      />
      {totals.median_decision_seconds !== undefined && (
        <Stat
          label="Median time to decision"
          value={formatDuration(totals.median_decision_seconds)}
          detail={`p90 ${formatDuration(totals.p90_decision_seconds)}`}
        />
      )}
    </StatGrid>
  </ReportCard>
)
