import { Badge, createDataTableColumnHelper, Tooltip } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useSearchParams } from "react-router-dom"
import {
  FilterSelect,
  ListSearch,
  ListSection,
  useListState,
} from "../../components/common/list-section"
import {
  channelLabels,
  formatAge,
  formatMoney,
  statusLabels,
} from "../../components/returns/format"
import { RequestDetailDrawer } from "../../components/returns/request-detail-drawer"
import { RequestStatusBadge } from "../../components/returns/status-badge"
import { useTierOptions } from "../../hooks/api/loyalty-tiers"
import {
  RETURN_CHANNELS,
  RETURN_REQUEST_STATUSES,
  ReturnChannel,
  ReturnRequest,
  ReturnRequestStatus,
  useReturnRequests,
} from "../../hooks/api/return-requests"
import { formatDateTime } from "../../lib/format"

const ALL = "all"
const REQUEST_PARAM = "request"
const columnHelper = createDataTableColumnHelper<ReturnRequest>()

const latestDecision = (request: ReturnRequest) =>
  [...(request.decisions ?? [])].sort(
    (a, b) =>
      new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )[0]

// The queue names who and which order without opening each request.
const LIST_FIELDS =
  "+customer.email,+customer.first_name,+customer.last_name,+order.display_id"

const buildColumns = (now: number) => [
  columnHelper.accessor("rma_number", {
    header: "RMA",
    cell: ({ getValue }) => (
      <span className="whitespace-nowrap">{getValue()}</span>
    ),
  }),
  columnHelper.display({
    id: "customer",
    header: "Customer",
    cell: ({ row }) => {
      const customer = row.original.customer
      if (!customer) {
        return "—"
      }
      const name = [customer.first_name, customer.last_name]
        .filter(Boolean)
        .join(" ")
      return (
        <div className="flex flex-col" data-testid="request-customer">
          <span className="whitespace-nowrap">{name || customer.email}</span>
          {name && (
            <span className="text-ui-fg-subtle txt-compact-xsmall">
              {customer.email}
            </span>
          )}
        </div>
      )
    },
  }),
  columnHelper.display({
    id: "order",
    header: "Order",
    cell: ({ row }) =>
      row.original.order ? `#${row.original.order.display_id}` : "—",
  }),
  columnHelper.accessor("created_at", {
    header: "Age",
    cell: ({ getValue }) => (
      <Tooltip content={formatDateTime(getValue())}>
        <span>{formatAge(getValue(), now)}</span>
      </Tooltip>
    ),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <RequestStatusBadge status={getValue()} />,
  }),
  columnHelper.accessor("tier_name", {
    header: "Tier",
    cell: ({ getValue }) => {
      const name = getValue()
      return name ? <Badge size="2xsmall">{name}</Badge> : "—"
    },
  }),
  columnHelper.accessor("channel", {
    header: "Channel",
    cell: ({ getValue }) => channelLabels[getValue()] ?? getValue(),
  }),
  columnHelper.display({
    id: "items",
    header: "Items",
    cell: ({ row }) =>
      row.original.items.reduce((sum, item) => sum + item.quantity, 0),
  }),
  columnHelper.display({
    id: "refund",
    header: "Refund estimate",
    cell: ({ row }) => {
      const estimate = row.original.refund_estimate
      return estimate
        ? formatMoney(estimate.refund_total, estimate.currency_code)
        : "—"
    },
  }),
  columnHelper.display({
    id: "why",
    header: "Why",
    cell: ({ row }) => {
      const reasons = latestDecision(row.original)?.reasons ?? []
      if (reasons.length === 0) {
        return "—"
      }
      return (
        <Tooltip
          content={
            <ul className="flex flex-col">
              {reasons.map((reason, i) => (
                <li key={i}>{reason}</li>
              ))}
            </ul>
          }
        >
          <span className="block truncate" style={{ maxWidth: "12rem" }}>
            {reasons[0]}
            {reasons.length > 1 && ` (+${reasons.length - 1})`}
          </span>
        </Tooltip>
      )
    },
  }),
]

type Order = "created_at" | "-created_at"

/** The review queue: pending requests, oldest first, with filters. */
export const RequestsSection = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const openId = searchParams.get(REQUEST_PARAM)
  const list = useListState()
  const [status, setStatus] = useState<ReturnRequestStatus | typeof ALL>(
    "pending_review"
  )
  const [channel, setChannel] = useState<ReturnChannel | typeof ALL>(ALL)
  const [tierId, setTierId] = useState(ALL)
  const [order, setOrder] = useState<Order>("created_at")
  // Ages are relative: refresh them while the queue stays open.
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])

  const tierOptions = useTierOptions()
  const query = useMemo(
    () => ({
      ...list.page,
      order,
      status: status === ALL ? undefined : status,
      channel: channel === ALL ? undefined : channel,
      tier_id: tierId === ALL ? undefined : tierId,
      q: list.search.trim() || undefined,
      fields: LIST_FIELDS,
    }),
    [list.page, order, status, channel, tierId, list.search]
  )
  const { data, isLoading, error } = useReturnRequests(query)
  const columns = useMemo(() => buildColumns(now), [now])

  const setOpenId = (id: string | null) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params)
        if (id) {
          next.set(REQUEST_PARAM, id)
        } else {
          next.delete(REQUEST_PARAM)
        }
        return next
      },
      { replace: true }
    )

  /** A filter's setter that also goes back to the first page. */
  const refilter =
    <V,>(set: (value: V) => void) =>
    (value: V) => {
      set(value)
      list.resetPage()
    }

  return (
    <ListSection
      heading="Return requests"
      description="Open a request to see its rules and approve or reject it."
      list={list}
      columns={columns}
      rows={data?.return_requests}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      searchable
      onRowClick={(request) => setOpenId(request.id)}
      stackedToolbar
      toolbar={
        <>
          <ListSearch
            placeholder="Search RMA, email or order #"
            width={280}
            testId="requests-search"
          />
          <FilterSelect
            label="Filter by status"
            width={168}
            value={status}
            onChange={refilter(setStatus)}
            options={[
              { value: ALL, label: "All statuses" },
              ...RETURN_REQUEST_STATUSES.map((s) => ({
                value: s,
                label: statusLabels[s],
              })),
            ]}
          />
          <FilterSelect
            label="Filter by tier"
            width={168}
            value={tierId}
            onChange={refilter(setTierId)}
            options={[{ value: ALL, label: "All tiers" }, ...tierOptions]}
          />
          <FilterSelect
            label="Filter by channel"
            width={168}
            value={channel}
            onChange={refilter(setChannel)}
            options={[
              { value: ALL, label: "All channels" },
              ...RETURN_CHANNELS.map((c) => ({
                value: c,
                label: channelLabels[c],
              })),
            ]}
          />
          <FilterSelect
            label="Sort"
            width={168}
            value={order}
            onChange={refilter(setOrder)}
            options={[
              { value: "created_at", label: "Oldest first" },
              { value: "-created_at", label: "Newest first" },
            ]}
          />
        </>
      }
      emptyState={{
        empty: {
          heading:
            status === "pending_review"
              ? "Nothing to review"
              : "No return requests",
          description:
            status === "pending_review"
              ? "Requests the policy sends to review appear here."
              : "Try another status, tier or channel.",
        },
        filtered: {
          heading: "No matching requests",
          description:
            "Try another RMA, email or order number, or another status.",
        },
      }}
    >
      {openId && (
        <RequestDetailDrawer
          key={openId}
          requestId={openId}
          onClose={() => setOpenId(null)}
        />
      )}
    </ListSection>
  )
}
