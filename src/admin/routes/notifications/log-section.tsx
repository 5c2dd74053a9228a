import { ArrowPath } from "@medusajs/icons"
import {
  Badge,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Select,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  NotificationAttempt,
  NotificationAttemptStatus,
  useNotificationsLog,
  useNotificationsReport,
  useResendNotification,
} from "../../hooks/api/notifications"
import { formatDateTime, formatPoints, formatRate } from "../../lib/format"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<NotificationAttempt>()

type StatusFilter = "all" | NotificationAttemptStatus

const STATUS_COLORS: Record<
  NotificationAttemptStatus,
  "green" | "red" | "orange"
> = {
  sent: "green",
  failed: "red",
  fallback: "orange",
}

const Stat = ({
  label,
  value,
  testId,
}: {
  label: string
  value: string
  testId: string
}) => (
  <div className="flex flex-col gap-y-1">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" data-testid={testId}>
      {value}
    </Text>
  </div>
)

/** Delivery figures of the last 30 days. */
const DeliveryReport = () => {
  const { data, isError, error } = useNotificationsReport()
  const report = data?.report
  if (isError) {
    return <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text>
  }
  return (
    <div
      className="grid gap-4 px-6 py-4"
      style={{ gridTemplateColumns: "repeat(auto-fit, minmax(9rem, 1fr))" }}
    >
      <Stat
        label="Delivery success rate"
        value={formatRate(report?.delivery_success_rate)}
        testId="report-delivery-rate"
      />
      <Stat
        label="Fallback rate"
        value={formatRate(report?.fallback_rate)}
        testId="report-fallback-rate"
      />
      <Stat
        label="Emails sent"
        value={formatPoints(report?.sent)}
        testId="report-sent"
      />
      <Stat
        label="Fell back to feed/SMS"
        value={formatPoints(report?.fallback)}
        testId="report-fallback"
      />
      <Stat
        label="Failed provider calls"
        value={formatPoints(report?.failed)}
        testId="report-failed"
      />
    </div>
  )
}

/**
 * Every email, SMS and feed attempt (recipients masked), newest first, with
 * a "resend" action, and the delivery and fallback rates.
 */
export const LogSection = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageSize: PAGE_SIZE,
    pageIndex: 0,
  })
  const [status, setStatus] = useState<StatusFilter>("all")
  const query = useMemo(
    () => ({
      limit: PAGE_SIZE,
      offset: pagination.pageIndex * PAGE_SIZE,
      status: status === "all" ? undefined : status,
    }),
    [pagination, status]
  )
  const { data, isLoading, isError, error } = useNotificationsLog(query)
  const { mutate: resend } = useResendNotification({
    onSuccess: ({ result }) =>
      result.status === "sent"
        ? toast.success("Notification sent again")
        : toast.warning(`Not emailed: ${result.status}`, {
            description:
              result.status === "fallback"
                ? "The email failed again; the customer's feed has it."
                : "Nothing was sent.",
          }),
    onError: (e) => toast.error("Resend failed", { description: e.message }),
  })

  const columns = useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: "When",
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      columnHelper.accessor("template", { header: "Template" }),
      columnHelper.accessor("event", { header: "Event" }),
      columnHelper.accessor("channel", { header: "Channel" }),
      columnHelper.accessor("recipient", {
        header: "Recipient",
        cell: ({ getValue }) => getValue() ?? "—",
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color={STATUS_COLORS[getValue()]}>
            {getValue()}
          </Badge>
        ),
      }),
      columnHelper.accessor("attempt", { header: "Attempt" }),
      columnHelper.accessor("error", {
        header: "Error",
        cell: ({ getValue }) => (
          <span
            className="block truncate"
            style={{ maxWidth: 256 }}
            title={getValue() ?? ""}
          >
            {getValue() ?? "—"}
          </span>
        ),
      }),
      columnHelper.action({
        actions: [
          {
            label: "Resend",
            icon: <ArrowPath />,
            onClick: ({ row }) => resend(row.original.id),
          },
        ],
      }),
    ],
    [resend]
  )

  const table = useDataTable({
    columns,
    data: data?.notification_attempts ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="notifications-report">
        <div className="px-6 py-4">
          <Heading>Delivery, last 30 days</Heading>
        </div>
        <DeliveryReport />
      </Container>
      <Container className="divide-y p-0" data-testid="notifications-log">
        <DataTable instance={table}>
          <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
            <div>
              <Heading>Log</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Every attempt and its outcome. Resend sends a notification
                again, even if it was delivered.
              </Text>
            </div>
            <Select
              size="small"
              value={status}
              onValueChange={(v) => {
                setStatus(v as StatusFilter)
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            >
              <Select.Trigger
                aria-label="Filter by status"
                data-testid="log-status-filter"
                className="shrink-0"
                style={{ width: 160 }}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">All attempts</Select.Item>
                <Select.Item value="sent">Sent</Select.Item>
                <Select.Item value="failed">Failed</Select.Item>
                <Select.Item value="fallback">Fallback</Select.Item>
              </Select.Content>
            </Select>
          </DataTable.Toolbar>
          {isError ? (
            <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text>
          ) : (
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No notifications yet",
                  description:
                    "Emails appear here as customers reach return, dispute and loyalty milestones.",
                },
                filtered: {
                  heading: "No matching attempts",
                  description: "Try another status.",
                },
              }}
            />
          )}
          <DataTable.Pagination />
        </DataTable>
      </Container>
    </div>
  )
}
