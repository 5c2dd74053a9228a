import { Container, Heading, Select, Skeleton, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  DisputeReport,
  useAdminUsers,
  useDisputeReport,
} from "../../hooks/api/disputes"
import { formatDate, formatRate } from "../../lib/format"
import { ReportCard, Stat } from "../../routes/loyalty/report-card"
import { BarList } from "./bar-list"
import {
  evidenceKindLabels,
  formatHours,
  reasonLabels,
  userName,
} from "./format"

type Range = "7d" | "30d" | "90d" | "365d" | "ytd"

const rangeLabels: Record<Range, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "365d": "Last 12 months",
  ytd: "Year to date",
}

/** Whole local days, so the cache key stays the same for the rest of the day. */
const rangeToQuery = (range: Range) => {
  const to = new Date()
  to.setHours(23, 59, 59, 999)
  const from = new Date(to)
  from.setHours(0, 0, 0, 0)
  if (range === "ytd") {
    from.setMonth(0, 1)
  } else {
    from.setDate(from.getDate() - (parseInt(range, 10) - 1))
  }
  return { from: from.toISOString(), to: to.toISOString() }
}

const SummaryCard = ({ report }: { report: DisputeReport }) => (
  <ReportCard title="Summary" description="Cases of the chosen range">
    <div
      className="grid gap-4"
      style={{ gridTemplateColumns: "repeat(auto-fit, minmax(9rem, 1fr))" }}
    >
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
    </div>
  </ReportCard>
)

const ReasonsChart = ({ rows }: { rows: DisputeReport["reasons"] }) => (
  <ReportCard title="Recurring reasons" description="Disputes per reason">
    <BarList
      empty="No disputes in this range."
      rows={[...rows]
        .sort((a, b) => b.count - a.count)
        .map((row) => ({
          key: row.reason_category,
          label: reasonLabels[row.reason_category] ?? row.reason_category,
          value: row.count,
          display: String(row.count),
        }))}
    />
  </ReportCard>
)

const EvidenceChart = ({ rows }: { rows: DisputeReport["evidence_kinds"] }) => (
  <ReportCard
    title="Evidence and acceptance"
    description="Share of disputes with this evidence that ended in the customer's favour, and their median time to resolve"
  >
    <BarList
      empty="No evidence uploaded in this range."
      max={1}
      color="bg-ui-tag-green-icon"
      rows={rows.map((row) => ({
        key: row.kind,
        label: evidenceKindLabels[row.kind] ?? row.kind,
        value: row.accepted_share ?? 0,
        display: formatRate(row.accepted_share),
        detail: `${row.disputes} disputes · median ${formatHours(row.median_hours)}`,
      }))}
    />
  </ReportCard>
)

const TemplatesChart = ({ rows }: { rows: DisputeReport["templates"] }) => (
  <ReportCard
    title="Policy templates"
    description="Uses per template, with the median time to resolve"
  >
    <BarList
      empty="No templates cited in this range."
      color="bg-ui-tag-purple-icon"
      rows={[...rows]
        .sort((a, b) => b.uses - a.uses)
        .map((row) => ({
          key: row.policy_template_id,
          label: row.title,
          value: row.uses,
          display: String(row.uses),
          detail: `median ${formatHours(row.median_hours)}`,
        }))}
    />
  </ReportCard>
)

const OpenPerAssigneeChart = ({
  rows,
}: {
  rows: DisputeReport["open_per_assignee"]
}) => {
  const { data } = useAdminUsers()
  const usersById = new Map((data?.users ?? []).map((u) => [u.id, u]))
  return (
    <ReportCard title="Open load per manager" description="Open cases now">
      <BarList
        empty="No open cases."
        color="bg-ui-tag-orange-icon"
        rows={[...rows]
          .sort((a, b) => b.open - a.open)
          .map((row) => ({
            key: row.assignee_id ?? "unassigned",
            label: row.assignee_id
              ? (userName(usersById.get(row.assignee_id)) ?? row.assignee_id)
              : "Unassigned",
            value: row.open,
            display: String(row.open),
          }))}
      />
    </ReportCard>
  )
}

/** Dispute handling for a chosen range: speed, outcomes, load. */
export const DisputeReportsSection = () => {
  const [range, setRange] = useState<Range>("30d")
  const query = useMemo(() => rangeToQuery(range), [range])
  const { data, isLoading, isError, error } = useDisputeReport(query)

  return (
    <div className="flex flex-col gap-y-3" data-testid="dispute-reports">
      <Container className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
        <div>
          <Heading>Reports</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {formatDate(query.from)} – {formatDate(query.to)}
          </Text>
        </div>
        <Select
          size="small"
          value={range}
          onValueChange={(v) => setRange(v as Range)}
        >
          <Select.Trigger
            aria-label="Report range"
            className="shrink-0"
            style={{ width: 176 }}
          >
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {Object.entries(rangeLabels).map(([value, label]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Container>
      {isError ? (
        <Container className="px-6 py-4">
          <Text className="text-ui-fg-error">{error.message}</Text>
        </Container>
      ) : isLoading || !data ? (
        <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-32 w-full rounded-lg" />
          ))}
        </div>
      ) : (
        <>
          <SummaryCard report={data.report} />
          <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
            <ReasonsChart rows={data.report.reasons} />
            <OpenPerAssigneeChart rows={data.report.open_per_assignee} />
            <EvidenceChart rows={data.report.evidence_kinds} />
            <TemplatesChart rows={data.report.templates} />
          </div>
        </>
      )}
    </div>
  )
}
