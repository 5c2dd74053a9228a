import {
  Badge,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Select,
  StatusBadge,
  Text,
  Tooltip,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  LoyaltyAccount,
  useLoyaltyAccounts,
} from "../../hooks/api/loyalty-accounts"
import { useLoyaltyTiers } from "../../hooks/api/loyalty-tiers"
import { clickedRecord } from "../../lib/data-table"
import {
  formatAmount,
  formatDate,
  formatName,
  formatPoints,
} from "../../lib/format"

const PAGE_SIZE = 20
const ALL_TIERS = "all"
const columnHelper = createDataTableColumnHelper<LoyaltyAccount>()

const columns = [
  columnHelper.accessor((row) => row.customer?.email ?? "—", {
    id: "email",
    header: "Email",
  }),
  columnHelper.display({
    id: "name",
    header: "Name",
    cell: ({ row }) => formatName(row.original.customer),
  }),
  columnHelper.accessor("tier", {
    header: "Tier",
    cell: ({ getValue }) => {
      const tier = getValue()
      return tier ? <Badge size="2xsmall">{tier.name}</Badge> : "—"
    },
  }),
  columnHelper.accessor("points_available", {
    header: "Available",
    align: "right",
    cell: ({ getValue }) => formatPoints(getValue()),
  }),
  columnHelper.accessor("points_pending", {
    header: "Pending",
    align: "right",
    cell: ({ getValue }) => formatPoints(getValue()),
  }),
  columnHelper.accessor("points_debt", {
    header: "Debt",
    align: "right",
    cell: ({ getValue }) => {
      const debt = getValue()
      return debt > 0 ? (
        <span className="text-ui-fg-error">{formatPoints(debt)}</span>
      ) : (
        formatPoints(debt)
      )
    },
  }),
  columnHelper.accessor("lifetime_spend", {
    header: "Lifetime spend",
    align: "right",
    cell: ({ getValue }) => formatAmount(getValue()),
  }),
  columnHelper.accessor("tier_locked", {
    header: "Tier lock",
    cell: ({ row }) => {
      const account = row.original
      if (!account.tier_locked) {
        return "—"
      }
      const until = account.tier_lock_expires_at
        ? ` until ${formatDate(account.tier_lock_expires_at)}`
        : ""
      return (
        <Tooltip content={`${account.tier_lock_reason ?? "Locked"}${until}`}>
          <StatusBadge color="orange">Locked</StatusBadge>
        </Tooltip>
      )
    },
  }),
]

/** Program members, filterable by tier and searchable by email. */
export const MembersSection = () => {
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageSize: PAGE_SIZE,
    pageIndex: 0,
  })
  const [search, setSearch] = useState("")
  const [tierId, setTierId] = useState(ALL_TIERS)
  const { data: tierData } = useLoyaltyTiers({ limit: 100 })

  const query = useMemo(
    () => ({
      limit: PAGE_SIZE,
      offset: pagination.pageIndex * PAGE_SIZE,
      q: search || undefined,
      tier_id: tierId === ALL_TIERS ? undefined : tierId,
    }),
    [pagination, search, tierId]
  )
  const { data, isLoading, isError, error } = useLoyaltyAccounts(query)

  const table = useDataTable({
    columns,
    data: data?.accounts ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    onRowClick: (_event, row) =>
      navigate(`/customers/${clickedRecord(row).customer_id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Members</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Open a member to adjust points or lock their tier.
            </Text>
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-2">
            <Select
              size="small"
              value={tierId}
              onValueChange={(value) => {
                setTierId(value)
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            >
              <Select.Trigger
                aria-label="Filter by tier"
                style={{ width: 144 }}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL_TIERS}>All tiers</Select.Item>
                {(tierData?.tiers ?? []).map((tier) => (
                  <Select.Item key={tier.id} value={tier.id}>
                    {tier.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            {/* Wide enough for the whole placeholder. */}
            <div className="shrink-0" style={{ width: 240 }}>
              <DataTable.Search placeholder="Search by email" />
            </div>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No members yet",
                description:
                  "Accounts appear once customers earn points or get an adjustment.",
              },
              filtered: {
                heading: "No matching members",
                description: "Try another email or tier.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
