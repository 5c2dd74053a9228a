import { Badge, Button, StatusBadge, Table, Text } from "@medusajs/ui"
import {
  LoyaltyReport,
  useRunBalanceCheck,
} from "../../hooks/api/loyalty-reports"
import { formatDateTime, formatPoints, formatRate } from "../../lib/format"
import { toastResult } from "../../components/common/toasts"
import { ReportCard, Stat } from "../../components/reports/report-card"
import { AdminLink } from "../../components/common/links"

const Diff = ({ stored, ledger }: { stored: number; ledger: number }) => (
  <span className={stored === ledger ? undefined : "text-ui-fg-error"}>
    {formatPoints(stored)} / {formatPoints(ledger)}
  </span>
)

/** Stored balances checked against the sum of their ledger entries. */
export const ReconciliationCard = ({
  reconciliation,
}: {
  reconciliation: LoyaltyReport["reconciliation"]
}) => {
  const { mismatches } = reconciliation
  const run = useRunBalanceCheck(
    toastResult(({ balance_check }) =>
      balance_check.mismatched
        ? `${formatPoints(balance_check.mismatched)} accounts do not match their ledger`
        : "Every balance matches its ledger"
    )
  )
  return (
    <ReportCard
      title="Reconciliation"
      description="Stored balances compared with the sum of each ledger"
    >
      <div className="flex items-center justify-between gap-4">
        <Text size="small" className="text-ui-fg-subtle">
          {reconciliation.checked_by
            ? `Checked ${formatDateTime(reconciliation.checked_at)} ${
                reconciliation.checked_by === "nightly"
                  ? "by the nightly job"
                  : "on demand"
              }`
            : "Checked now: no check is stored yet (the nightly job runs one)"}
        </Text>
        <Button
          size="small"
          variant="secondary"
          isLoading={run.isPending}
          onClick={() => run.mutate()}
        >
          Check now
        </Button>
      </div>
      <div className="flex items-start justify-between gap-4">
        <div className="grid flex-1 grid-cols-3 gap-4">
          <Stat label="Accuracy" value={formatRate(reconciliation.accuracy)} />
          <Stat
            label="Accounts checked"
            value={formatPoints(reconciliation.accounts_checked)}
          />
          <Stat
            label="Mismatched"
            value={formatPoints(reconciliation.mismatched)}
          />
        </div>
        <StatusBadge color={reconciliation.mismatched ? "red" : "green"}>
          {reconciliation.mismatched ? "Needs attention" : "Balanced"}
        </StatusBadge>
      </div>
      {mismatches.length > 0 && (
        <div className="flex flex-col gap-y-2">
          <Text size="small" className="text-ui-fg-subtle">
            Stored / ledger points per account
            {reconciliation.mismatched > mismatches.length &&
              ` (first ${mismatches.length} of ${formatPoints(reconciliation.mismatched)})`}
          </Text>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Customer</Table.HeaderCell>
                <Table.HeaderCell>Account</Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  Available
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  Pending
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {mismatches.map((m) => (
                <Table.Row key={m.account_id}>
                  <Table.Cell>
                    <AdminLink to={`/customers/${m.customer_id}`}>
                      {m.customer_id}
                    </AdminLink>
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall">{m.account_id}</Badge>
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Diff
                      stored={m.stored_available}
                      ledger={m.ledger_available}
                    />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Diff stored={m.stored_pending} ledger={m.ledger_pending} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </ReportCard>
  )
}
