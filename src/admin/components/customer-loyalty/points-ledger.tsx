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
    // The day reads in the narrow widget; the time is a hover away. The
    // expiry sits under it so that seven columns need not fit the widget.
    cell: ({ row }) => {
      const { created_at, expires_at } = row.original
      return (
        <span className="flex flex-col py-2">
          <span title={formatDateTime(created_at)}>
            {formatDate(created_at)}
          </span>
          {expires_at && (
            <span className="text-ui-fg-subtle txt-compact-xsmall">
              Expires {formatDate(expires_at)}
            </span>
          )}
        </span>
      )
    },
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
      // The release date under the badge keeps the column narrow.
      return (
        <span className="flex flex-col items-start gap-y-1 py-2">
          <StatusBadge color={statusColors[status]}>
            {status.charAt(0).toUpperCase() + status.slice(1)}
          </StatusBadge>
          {status === "pending" && available_at && (
            <span className="text-ui-fg-subtle txt-compact-xsmall">
              until {formatDate(available_at)}
            </span>
          )}
        </span>
      )
    },
  }),
  columnHelper.accessor("note", {
    header: "Note",
    cell: ({ row }) => {
      const { note, source_type, source_id, created_by } = row.original
      // Wraps instead of pushing the table out of the widget; who wrote the
      // entry reads under it.
      return (
        <span
          className="flex flex-col whitespace-normal break-words py-2"
          style={{ minWidth: 140, maxWidth: 220 }}
        >
          <span>
            {note || (source_type ? `${source_type} ${source_id ?? ""}` : "—")}
          </span>
          <span className="text-ui-fg-subtle txt-compact-xsmall">
            by {created_by ?? "System"}
          </span>
        </span>
      )
    },
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
