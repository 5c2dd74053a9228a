import { Table, Text } from "@medusajs/ui"
import { formatDuration } from "../../components/returns/format"
import { ReturnReportTier } from "../../hooks/api/return-reports"
import { formatPoints, formatRate } from "../../lib/format"
import { ReportCard } from "../../components/reports/report-card"
import { BarList } from "../../components/reports/bar-list"

const tierLabel = (row: ReturnReportTier) => row.tier_name ?? "No tier"

/**
 * Per tier: the auto-approved share as bars (a full bar is 100 %), then
 * time to decision and disputes in a table.
 */
export const PerTierCard = ({
  rows,
  disputesTracked,
}: {
  rows: ReturnReportTier[]
  disputesTracked: boolean
}) => (
  <ReportCard
    title="Per tier"
    description="Share auto-approved, time to decision and disputes"
  >
    <BarList
      labelWidth="8rem"
      valueWidth="6rem"
      rows={rows.map((row) => ({
        key: row.tier_id ?? "none",
        label: tierLabel(row),
        value: row.auto_approved_share,
        display: formatRate(row.auto_approved_share),
        tooltip: `${formatPoints(row.auto_approved)} of ${formatPoints(
          row.requests
        )} requests auto-approved`,
      }))}
      max={1}
      color="bg-ui-tag-green-icon"
      empty="No return requests in this range."
    />
    {rows.length > 0 && (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Tier</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Requests</Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              Median decision
            </Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              p90 decision
            </Table.HeaderCell>
            <Table.HeaderCell className="text-right">Disputes</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.tier_id ?? "none"}>
              <Table.Cell>{tierLabel(row)}</Table.Cell>
              <Table.Cell className="text-right">
                {formatPoints(row.requests)}
              </Table.Cell>
              <Table.Cell className="text-right">
                {formatDuration(row.median_decision_seconds)}
              </Table.Cell>
              <Table.Cell className="text-right">
                {formatDuration(row.p90_decision_seconds)}
              </Table.Cell>
              <Table.Cell className="text-right">
                {disputesTracked ? (
                  <>
                    {formatPoints(row.disputed)}{" "}
                    <Text as="span" size="small" className="text-ui-fg-subtle">
                      ({formatRate(row.dispute_rate)})
                    </Text>
                  </>
                ) : (
                  "—"
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </ReportCard>
)
