import {
  Badge,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Select,
  Text,
  Tooltip,
  useDataTable,
} from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useSearchParams } from "react-router-dom"
import {
  channelLabels,
  formatAge,
  formatMoney,
  statusLabels,
} from "../../components/returns/format"
import { RequestDetailDrawer } from "../../components/returns/request-detail-drawer"
import { RequestStatusBadge } from "../../components/returns/status-badge"
import { useLoyaltyTiers } from "../../hooks/api/loyalty-tiers"
import {
  RETURN_CHANNELS,
  RETURN_REQUEST_STATUSES,
  ReturnChannel,
  ReturnRequest,
  ReturnRequestStatus,
  useReturnRequests,
} from "../../hooks/api/return-requests"
import { clickedRecord } from "../../lib/data-table"
import { formatDateTime } from "../../lib/format"

const PAGE_SIZE = 20
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

/** The review queue: pending requests, oldest first, with filters. */
export const RequestsSection = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const openId = searchParams.get(REQUEST_PARAM)
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageSize: PAGE_SIZE,
    pageIndex: 0,
  })
  const [status, setStatus] = useState<ReturnRequestStatus | typeof ALL>(
    "pending_review"
  )
  const [channel, setChannel] = useState<ReturnChannel | typeof ALL>(ALL)
  const [tierId, setTierId] = useState(ALL)
  const [order, setOrder] = useState<"created_at" | "-created_at">("created_at")
  const [search, setSearch] = useState("")
  // Ages are relative: refresh them while the queue stays open.
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])

  const { data: tierData } = useLoyaltyTiers({ limit: 100 })
  const query = useMemo(
    () => ({
      limit: PAGE_SIZE,
      offset: pagination.pageIndex * PAGE_SIZE,
      order,
      status: status === ALL ? undefined : status,
      channel: channel === ALL ? undefined : channel,
      tier_id: tierId === ALL ? undefined : tierId,
      q: search.trim() || undefined,
      fields: LIST_FIELDS,
    }),
    [pagination, order, status, channel, tierId, search]
  )
  const { data, isLoading, isError, error } = useReturnRequests(query)
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

  const resetPage = () => setPagination((p) => ({ ...p, pageIndex: 0 }))

  const table = useDataTable({
    columns,
    data: data?.return_requests ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        resetPage()
      },
    },
    onRowClick: (_event, row) => setOpenId(clickedRecord(row).id),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start gap-3 px-6 py-4">
          <div>
            <Heading>Return requests</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Open a request to see its rules and approve or reject it.
            </Text>
          </div>
          <div className="flex w-full flex-wrap items-center gap-2">
            <div style={{ width: 280 }} data-testid="requests-search">
              <DataTable.Search placeholder="Search RMA, email or order #" />
            </div>
            <Select
              size="small"
              value={status}
              onValueChange={(value) => {
                setStatus(value as ReturnRequestStatus | typeof ALL)
                resetPage()
              }}
            >
              <Select.Trigger
                aria-label="Filter by status"
                style={{ width: 168 }}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All statuses</Select.Item>
                {RETURN_REQUEST_STATUSES.map((s) => (
                  <Select.Item key={s} value={s}>
                    {statusLabels[s]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Select
              size="small"
              value={tierId}
              onValueChange={(value) => {
                setTierId(value)
                resetPage()
              }}
            >
              <Select.Trigger
                aria-label="Filter by tier"
                style={{ width: 168 }}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All tiers</Select.Item>
                {(tierData?.tiers ?? []).map((tier) => (
                  <Select.Item key={tier.id} value={tier.id}>
                    {tier.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Select
              size="small"
              value={channel}
              onValueChange={(value) => {
                setChannel(value as ReturnChannel | typeof ALL)
                resetPage()
              }}
            >
              <Select.Trigger
                aria-label="Filter by channel"
                style={{ width: 168 }}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All channels</Select.Item>
                {RETURN_CHANNELS.map((c) => (
                  <Select.Item key={c} value={c}>
                    {channelLabels[c]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Select
              size="small"
              value={order}
              onValueChange={(value) => {
                setOrder(value as "created_at" | "-created_at")
                resetPage()
              }}
            >
              <Select.Trigger aria-label="Sort" style={{ width: 168 }}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="created_at">Oldest first</Select.Item>
                <Select.Item value="-created_at">Newest first</Select.Item>
              </Select.Content>
            </Select>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <Text className="px-6 py-4 text-ui-fg-error" role="alert">
            {error.message}
          </Text>
        ) : (
          <DataTable.Table
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
          />
        )}
        <DataTable.Pagination />
      </DataTable>
      {openId && (
        <RequestDetailDrawer
          key={openId}
          requestId={openId}
          onClose={() => setOpenId(null)}
        />
      )}
    </Container>
  )
}
