import { ArrowPath } from "@medusajs/icons"
import {
  Badge,
  Container,
  createDataTableColumnHelper,
  Heading,
  Text,
  toast,
} from "@medusajs/ui"
import { useMemo } from "react"
import {
  FilterSelect,
  ListSection,
  useListFilter,
  useListState,
} from "../../components/common/list-section"
import { Stat, StatGrid } from "../../components/reports/report-card"
import {
  NotificationAttempt,
  NotificationAttemptStatus,
  useNotificationsLog,
  useNotificationsReport,
  useResendNotification,
} from "../../hooks/api/notifications"
import { formatDateTime, formatPoints, formatRate } from "../../lib/format"

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

/** Delivery figures of the last 30 days. */
const DeliveryReport = () => {
  const { data, isError, error } = useNotificationsReport()
  const report = data?.report
  if (isError) {
    return <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text>
  }
  return (
    <StatGrid className="grid gap-4 px-6 py-4">
      {[
        [
          "Delivery success rate",
          formatRate(report?.delivery_success_rate),
          "report-delivery-rate",
        ],
        [
          "Fallback rate",
          formatRate(report?.fallback_rate),
          "report-fallback-rate",
        ],
        ["Emails sent", formatPoints(report?.sent), "report-sent"],
        [
          "Fell back to feed/SMS",
          formatPoints(report?.fallback),
          "report-fallback",
        ],
        [
          "Failed provider calls",
          formatPoints(report?.failed),
          "report-failed",
        ],
      ].map(([label, value, testId]) => (
        <Stat key={testId} label={label} value={value} testId={testId} />
      ))}
    </StatGrid>
  )
}

/**
 * Every email, SMS and feed attempt (recipients masked), newest first, with
 * a "resend" action, and the delivery and fallback rates.
 */
export const LogSection = () => {
  const list = useListState()
  const [status, setStatus] = useListFilter<StatusFilter>(list, "all")
  const query = useMemo(
    () => ({ ...list.page, status: status === "all" ? undefined : status }),
    [list.page, status]
  )
  const attempts = useNotificationsLog(query)
  const { mutate: resend } = useResendNotification({
    onSuccess: ({ result }) =>
      result.status === "sent"
        ? toast.success("Notification sent again")
        : toast.warning(`Not emailed: ${result.status}`, {
            description:
              result.status === "retrying"
                ? "The email failed again; it is retried shortly, then falls back to the customer's feed."
                : result.status === "fallback"
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

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="notifications-report">
        <div className="px-6 py-4">
          <Heading>Delivery, last 30 days</Heading>
        </div>
        <DeliveryReport />
      </Container>
      <ListSection
        heading="Log"
        description="Every attempt and its outcome. Resend sends a notification again, even if it was delivered."
        list={list}
        columns={columns}
        result={attempts}
        rows={attempts.data?.notification_attempts}
        testId="notifications-log"
        toolbar={
          <FilterSelect
            label="Filter by status"
            width={160}
            value={status}
            onChange={setStatus}
            options={[
              { value: "all", label: "All attempts" },
              { value: "sent", label: "Sent" },
              { value: "failed", label: "Failed" },
              { value: "fallback", label: "Fallback" },
            ]}
            testId="log-status-filter"
          />
        }
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
    </div>
  )
}
