import { DisputeReport, useDisputeReport } from "../../hooks/api/disputes"
import { formatRate } from "../../lib/format"
import { BarChartCard, countBar } from "../reports/bar-list"
import { ReportCard, Stat, StatGrid } from "../reports/report-card"
import { useReportRange } from "../reports/report-range"
import { ReportsLayout } from "../reports/reports-layout"
import {
  evidenceKindLabels,
  formatHours,
  labelOf,
  reasonLabels,
} from "./format"
import { useStaffName } from "./use-staff-name"

const SummaryCard = ({ report }: { report: DisputeReport }) => (
  <ReportCard title="Summary" description="Cases of the chosen range">
    <StatGrid>
      <Stat label="Open now" value={String(report.open)} />
      <Stat
        label="Overdue now"
        value={String(report.overdue)}
        detail="Open cases past their SLA"
      />
      <Stat label="Resolved" value={String(report.resolved)} />
      <Stat
        label="First-contact resolution"
        value={formatRate(report.first_contact_resolution_rate)}
        detail="Resolved after a single staff message"
      />
      <Stat
        label="Median time to resolve"
        value={formatHours(report.time_to_resolve.median_hours)}
      />
      <Stat
        label="90th percentile"
        value={formatHours(report.time_to_resolve.p90_hours)}
        detail="9 in 10 cases resolve faster"
      />
      <Stat
        label="Satisfaction"
        value={
          report.satisfaction.average == null
            ? "—"
            : `${report.satisfaction.average.toFixed(1)} / 5`
        }
        detail={`${report.satisfaction.count} ratings`}
      />
    </StatGrid>
  </ReportCard>
)

const ReasonsChart = ({ rows }: { rows: DisputeReport["reasons"] }) => (
  <BarChartCard
    title="Recurring reasons"
    description="Disputes per reason"
    empty="No disputes in this range."
    sorted
    rows={rows.map((row) =>
      countBar({
        key: row.reason_category,
        label: labelOf(reasonLabels, row.reason_category),
        count: row.count,
      })
    )}
  />
)

const EvidenceChart = ({ rows }: { rows: DisputeReport["evidence_kinds"] }) => (
  <BarChartCard
    title="Evidence and acceptance"
    description="Share of disputes with this evidence that ended in the customer's favour, and their median time to resolve"
    empty="No evidence uploaded in this range."
    max={1}
    color="bg-ui-tag-green-icon"
    rows={rows.map((row) => ({
      key: row.kind,
      label: labelOf(evidenceKindLabels, row.kind),
      value: row.accepted_share ?? 0,
      display: formatRate(row.accepted_share),
      detail: `${row.disputes} disputes · median ${formatHours(row.median_hours)}`,
    }))}
  />
)

const TemplatesChart = ({ rows }: { rows: DisputeReport["templates"] }) => (
  <BarChartCard
    title="Policy templates"
    description="Uses per template, with the median time to resolve"
    empty="No templates cited in this range."
    color="bg-ui-tag-purple-icon"
    sorted
    rows={rows.map((row) =>
      countBar({
        key: row.policy_template_id,
        // null: the template was deleted since.
        label: row.title ?? row.policy_template_id,
        count: row.uses,
        detail: `median ${formatHours(row.median_hours)}`,
      })
    )}
  />
)

const OpenPerAssigneeChart = ({
  rows,
}: {
  rows: DisputeReport["open_per_assignee"]
}) => {
  const staffName = useStaffName()
  return (
    <BarChartCard
      title="Open load per manager"
      description="Open cases now"
      empty="No open cases."
      color="bg-ui-tag-orange-icon"
      sorted
      rows={rows.map((row) =>
        countBar({
          key: row.assignee_id ?? "unassigned",
          label: row.assignee_id
            ? staffName(row.assignee_id, row.assignee_id)
            : "Unassigned",
          count: row.open,
        })
      )}
    />
  )
}

/** Dispute handling for a chosen range: speed, outcomes, load. */
export const DisputeReportsSection = () => {
  const range = useReportRange()
  const result = useDisputeReport(range.dates)

  return (
    <ReportsLayout
      range={range}
      rangeOnly
      result={result}
      testId="dispute-reports"
    >
      {(report) => (
        <>
          <SummaryCard report={report} />
          <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
            <ReasonsChart rows={report.reasons} />
            <OpenPerAssigneeChart rows={report.open_per_assignee} />
            <EvidenceChart rows={report.evidence_kinds} />
            <TemplatesChart rows={report.templates} />
          </div>
        </>
      )}
    </ReportsLayout>
  )
}
