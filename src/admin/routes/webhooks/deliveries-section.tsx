import { ArrowPath } from "@medusajs/icons"
import {
  Badge,
  Button,
  createDataTableColumnHelper,
  Input,
  Label,
  toast,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  FilterSelect,
  ListSection,
  useListFilter,
  useListState,
} from "../../components/common/list-section"
import {
  useReplayWebhookDeliveries,
  useReplayWebhookDelivery,
  useWebhookDeliveries,
  useWebhookEndpoints,
  WebhookDelivery,
  WebhookDeliveryStatus,
} from "../../hooks/api/webhooks"
import { formatDateTime } from "../../lib/format"

const columnHelper = createDataTableColumnHelper<WebhookDelivery>()

const STATUS_COLORS: Record<
  WebhookDeliveryStatus,
  "green" | "red" | "orange" | "grey"
> = {
  succeeded: "green",
  failed: "red",
  pending: "orange",
  canceled: "grey",
}

type StatusFilter = "all" | WebhookDeliveryStatus

/** "Replay since": every delivery from a time on, sent again in order. */
const ReplaySince = ({ endpointId }: { endpointId?: string }) => {
  const [since, setSince] = useState("")
  const { mutate, isPending } = useReplayWebhookDeliveries({
    onSuccess: ({ count }) =>
      toast.success(`${count} deliveries queued again`, {
        description: "Sent in their original order, with their event ids.",
      }),
    onError: (e) => toast.error(e.message),
  })
  return (
    <div className="flex items-center gap-x-2">
      <Label htmlFor="webhook-replay-since" size="small">
        Since
      </Label>
      <Input
        id="webhook-replay-since"
        type="datetime-local"
        size="small"
        value={since}
        onChange={(e) => setSince(e.target.value)}
      />
      <Button
        size="small"
        variant="secondary"
        disabled={!since}
        isLoading={isPending}
        onClick={() =>
          mutate({
            since: new Date(since).toISOString(),
            ...(endpointId ? { endpoint_id: endpointId } : {}),
          })
        }
        data-testid="webhook-replay-since"
      >
        Replay
      </Button>
    </div>
  )
}

/**
 * Every delivery with its status, attempts, last status code, latency and
 * error; replay one, or all since a time.
 */
export const DeliveriesSection = () => {
  const list = useListState()
  const [status, setStatus] = useListFilter<StatusFilter>(list, "all")
  const [endpointId, setEndpointId] = useListFilter<string>(list, "all")
  const endpoints = useWebhookEndpoints({ limit: 100 })
  const query = useMemo(
    () => ({
      ...list.page,
      status: status === "all" ? undefined : status,
      endpoint_id: endpointId === "all" ? undefined : endpointId,
    }),
    [list.page, status, endpointId]
  )
  const deliveries = useWebhookDeliveries(query)
  const urlOf = useMemo(
    () =>
      new Map(
        (endpoints.data?.endpoints ?? []).map((e) => [e.id, e.url] as const)
      ),
    [endpoints.data]
  )
  const { mutate: replay } = useReplayWebhookDelivery({
    onSuccess: ({ deliveries: [d] }) =>
      d?.status === "succeeded"
        ? toast.success("Delivered again", {
            description: `Same event id ${d.event_id}`,
          })
        : toast.warning("Queued again", {
            description: d?.last_error ?? "It will be retried.",
          }),
    onError: (e) => toast.error(e.message),
  })

  const columns = useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: "When",
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      columnHelper.accessor("type", {
        header: "Event",
        cell: ({ getValue }) => <span className="font-mono">{getValue()}</span>,
      }),
      columnHelper.accessor("endpoint_id", {
        header: "Endpoint",
        cell: ({ getValue }) => (
          <span className="block truncate" style={{ maxWidth: 200 }}>
            {urlOf.get(getValue()) ?? getValue()}
          </span>
        ),
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ getValue, row }) => (
          <Badge size="2xsmall" color={STATUS_COLORS[getValue()]}>
            {row.original.replay_of ? `${getValue()} (replay)` : getValue()}
          </Badge>
        ),
      }),
      columnHelper.accessor("attempts", { header: "Attempts" }),
      columnHelper.accessor("last_status_code", {
        header: "Response",
        cell: ({ getValue }) => getValue() ?? "—",
      }),
      columnHelper.accessor("last_latency_ms", {
        header: "Latency",
        cell: ({ getValue }) => {
          const v = getValue()
          return v == null ? "—" : `${v} ms`
        },
      }),
      columnHelper.accessor("last_error", {
        header: "Error / next attempt",
        cell: ({ getValue, row }) => {
          const next =
            row.original.status === "pending"
              ? `retry ${formatDateTime(row.original.next_attempt_at)}`
              : null
          const text = [getValue(), next].filter(Boolean).join(" · ")
          return (
            <span
              className="block truncate"
              style={{ maxWidth: 240 }}
              title={text}
            >
              {text || "—"}
            </span>
          )
        },
      }),
      columnHelper.action({
        actions: [
          {
            label: "Replay",
            icon: <ArrowPath />,
            onClick: ({ row }) => replay(row.original.id),
          },
        ],
      }),
    ],
    [replay, urlOf]
  )

  return (
    <ListSection
      heading="Deliveries"
      description="Every event sent to an endpoint. A replay sends the same event id and body, so receivers can dedupe it."
      list={list}
      columns={columns}
      result={deliveries}
      rows={deliveries.data?.deliveries}
      testId="webhook-deliveries"
      stackedToolbar
      toolbar={
        <div className="flex flex-wrap items-center gap-2">
          <FilterSelect
            label="Filter by status"
            width={160}
            value={status}
            onChange={setStatus}
            options={[
              { value: "all", label: "All statuses" },
              { value: "succeeded", label: "Succeeded" },
              { value: "pending", label: "Pending" },
              { value: "failed", label: "Failed" },
            ]}
            testId="webhook-status-filter"
          />
          <FilterSelect
            label="Filter by endpoint"
            width={240}
            value={endpointId}
            onChange={setEndpointId}
            options={[
              { value: "all", label: "All endpoints" },
              ...(endpoints.data?.endpoints ?? []).map((e) => ({
                value: e.id,
                label: e.url,
              })),
            ]}
            testId="webhook-endpoint-filter"
          />
          <ReplaySince
            endpointId={endpointId === "all" ? undefined : endpointId}
          />
        </div>
      }
      emptyState={{
        empty: {
          heading: "No deliveries yet",
          description:
            "Events appear here once an endpoint subscribes to them, or after a test send.",
        },
        filtered: {
          heading: "No matching deliveries",
          description: "Try another status or endpoint.",
        },
      }}
    />
  )
}
