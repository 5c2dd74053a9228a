import {
  Badge,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  StatusBadge,
} from "@medusajs/ui"
import { ListError, useListState, useListTable } from "../common/list-section"
import {
  LoyaltyPointEntry,
  useLoyaltyPointEntries,
} from "../../hooks/api/loyalty-accounts"
import { formatDate, formatDateTime, formatPoints } from "../../lib/format"

const columnHelper = createDataTableColumnHelper<LoyaltyPointEntry>()

const statusColors = {
  pending: "orange",
  available: "green",
  void: "grey",
} as const

const typeLabels: Record<LoyaltyPointEntry["type"], string> = {
  earn: "Earn",
  redeem: "Redeem",
  expire: "Expire",
  adjust: "Adjust",
  reverse: "Reverse",
}

const columns = [
  columnHelper.accessor("created_at", {
    header: "Date",
    // The day reads in the narrow widget; the time is a hover away.
    cell: ({ getValue }) => (
      <span title={formatDateTime(getValue())}>{formatDate(getValue())}</span>
    ),
  }),
  columnHelper.accessor("type", {
    header: "Type",
    cell: ({ getValue }) => (
      <Badge size="2xsmall">{typeLabels[getValue()]}</Badge>
    ),
  }),
  columnHelper.accessor("points", {
    header: "Points",
    align: "right",
    cell: ({ getValue }) => {
      const points = getValue()
      return (
        <span className={points < 0 ? "text-ui-fg-error" : undefined}>
          {points > 0 ? "+" : ""}
          {formatPoints(points)}
        </span>
      )
    },
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ row }) => {
      const { status, available_at } = row.original
      return (
        <StatusBadge color={statusColors[status]}>
          {status === "pending" && available_at
            ? `Pending until ${formatDate(available_at)}`
            : status.charAt(0).toUpperCase() + status.slice(1)}
        </StatusBadge>
      )
    },
  }),
  columnHelper.accessor("expires_at", {
    header: "Expires",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
  columnHelper.accessor("note", {
    header: "Note",
    cell: ({ row }) => {
      const { note, source_type, source_id } = row.original
      // Wraps instead of pushing the last columns out of the widget.
      return (
        <span
          className="block whitespace-normal break-words py-2"
          style={{ minWidth: 160, maxWidth: 240 }}
        >
          {note || (source_type ? `${source_type} ${source_id ?? ""}` : "—")}
        </span>
      )
    },
  }),
  columnHelper.accessor("created_by", {
    header: "By",
    cell: ({ getValue }) => getValue() ?? "System",
  }),
]

/** The account's ledger entries, a page at a time. */
export const PointsLedger = ({ customerId }: { customerId: string }) => {
  const list = useListState(10)
  const entries = useLoyaltyPointEntries(customerId, list.page)
  const table = useListTable({
    list,
    columns,
    result: entries,
    rows: entries.data?.entries,
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="px-6 py-4">
        <Heading level="h2">Points ledger</Heading>
      </DataTable.Toolbar>
      {entries.error ? (
        <ListError error={entries.error} />
      ) : (
        <DataTable.Table
          emptyState={{
            empty: {
              heading: "No entries",
              description: "Points earned, redeemed or adjusted appear here.",
            },
          }}
        />
      )}
      <DataTable.Pagination />
    </DataTable>
  )
}
