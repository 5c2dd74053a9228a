import { Badge, createDataTableColumnHelper, Tooltip } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useSearchParams } from "react-router-dom"
import {
  ALL,
  FilterOption,
  FilterSelect,
  ListSearch,
  ListSection,
  unlessAll,
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

type Filters = {
  status: ReturnRequestStatus | typeof ALL
  tier_id: string
  channel: ReturnChannel | typeof ALL
  order: "created_at" | "-created_at"
}

/** The review queue: pending requests, oldest first, with filters. */
export const RequestsSection = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const openId = searchParams.get(REQUEST_PARAM)
  const list = useListState()
  const [filters, setFilters] = useState<Filters>({
    status: "pending_review",
    tier_id: ALL,
    channel: ALL,
    order: "created_at",
  })
  // Ages are relative: refresh them while the queue stays open.
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])

  const tierOptions = useTierOptions()
  const requests = useReturnRequests({
    ...list.query,
    order: filters.order,
    status: unlessAll(filters.status),
    channel: unlessAll(filters.channel),
    tier_id: unlessAll(filters.tier_id),
    fields: LIST_FIELDS,
  })
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

  const selects: {
    key: keyof Filters
    label: string
    options: FilterOption[]
  }[] = [
    {
      key: "status",
      label: "Filter by status",
      options: [
        { value: ALL, label: "All statuses" },
        ...RETURN_REQUEST_STATUSES.map((s) => ({
          value: s,
          label: statusLabels[s],
        })),
      ],
    },
    {
      key: "tier_id",
      label: "Filter by tier",
      options: [{ value: ALL, label: "All tiers" }, ...tierOptions],
    },
    {
      key: "channel",
      label: "Filter by channel",
      options: [
        { value: ALL, label: "All channels" },
        ...RETURN_CHANNELS.map((c) => ({ value: c, label: channelLabels[c] })),
      ],
    },
    {
      key: "order",
      label: "Sort",
      options: [
        { value: "created_at", label: "Oldest first" },
        { value: "-created_at", label: "Newest first" },
      ],
    },
  ]

  return (
    <ListSection
      heading="Return requests"
      description="Open a request to see its rules and approve or reject it."
      list={list}
      columns={columns}
      result={requests}
      rows={requests.data?.return_requests}
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
          {selects.map(({ key, label, options }) => (
            <FilterSelect
              key={key}
              label={label}
              width={168}
              value={filters[key]}
              onChange={(value) => {
                setFilters((f) => ({ ...f, [key]: value }))
                list.resetPage()
              }}
              options={options}
            />
          ))}
        </>
      }
      emptyState={{
        empty: {
          heading:
            filters.status === "pending_review"
              ? "Nothing to review"
              : "No return requests",
          description:
            filters.status === "pending_review"
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
