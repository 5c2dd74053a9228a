import { Table } from "@medusajs/ui"
import { BarList } from "../../components/reports/bar-list"
import { ReportCard } from "../../components/reports/report-card"
import {
  ReturnReportTier,
  ReturnReportTotals,
} from "../../hooks/api/return-reports"
import { formatMoney, formatPoints, formatRate } from "../../lib/format"

const tierLabel = (row: ReturnReportTier) => row.tier_name ?? "No tier"

/** "€94.80", or one amount per currency: "€94.80 · $20.00". */
const formatKept = (kept: ReturnReportTotals["revenue_kept"]) =>
  kept.length
    ? kept.map((k) => formatMoney(k.amount, k.currency_code)).join(" · ")
    : "—"

/**
 * Per tier: the share of returns kept as exchanges as bars (a full bar is
 * 100 %), then the exchanges and the revenue they kept (what the returned
 * items were paid, less the surplus refunded) in a table.
 */
export const ExchangesCard = ({
  rows,
  totals,
}: {
  rows: ReturnReportTier[]
  totals: ReturnReportTotals
}) => (
  <div data-testid="exchanges-card">
    <ReportCard
      title="Exchanges"
      description={`${formatRate(totals.exchange_share)} of returns kept as exchanges · revenue kept ${formatKept(totals.revenue_kept)}`}
    >
      <BarList
        labelWidth="8rem"
        valueWidth="6rem"
        rows={rows.map((row) => ({
          key: row.tier_id ?? "none",
          label: tierLabel(row),
          value: row.exchange_share,
          display: formatRate(row.exchange_share),
          tooltip: `${formatPoints(row.exchanges)} of ${formatPoints(
            row.requests
          )} requests kept as exchanges`,
        }))}
        max={1}
        color="bg-ui-tag-blue-icon"
        empty="No return requests in this range."
      />
      {rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tier</Table.HeaderCell>
              <Table.HeaderCell className="text-right">
                Requests
              </Table.HeaderCell>
              <Table.HeaderCell className="text-right">
                Exchanges
              </Table.HeaderCell>
              <Table.HeaderCell className="text-right">Share</Table.HeaderCell>
              <Table.HeaderCell className="text-right">
                Revenue kept
              </Table.HeaderCell>
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
                  {formatPoints(row.exchanges)}
                </Table.Cell>
                <Table.Cell className="text-right">
                  {formatRate(row.exchange_share)}
                </Table.Cell>
                <Table.Cell className="text-right">
                  {formatKept(row.revenue_kept)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </ReportCard>
  </div>
)
