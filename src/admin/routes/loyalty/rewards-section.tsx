import { PencilSquare, Trash } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Select,
  Switch,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  LoyaltyReward,
  useDeleteLoyaltyReward,
  useLoyaltyRewards,
  useUpdateLoyaltyReward,
} from "../../hooks/api/loyalty-rewards"
import { useLoyaltyTiers } from "../../hooks/api/loyalty-tiers"
import { formatMoney, formatPercent, formatPoints } from "../../lib/format"
import { CreateRewardDrawer } from "./create-reward-drawer"
import { EditRewardDrawer } from "./edit-reward-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<LoyaltyReward>()

type ActiveFilter = "all" | "active" | "inactive"

const describeValue = (reward: LoyaltyReward) => {
  switch (reward.kind) {
    case "amount_off":
      return `${formatMoney(reward.value, reward.currency_code)} off`
    case "percent_off":
      return `${formatPercent(reward.value)} off`
    default:
      return "Free shipping"
  }
}

/** The rewards catalogue: search, active filter, create, edit, toggle, delete. */
export const RewardsSection = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageSize: PAGE_SIZE,
    pageIndex: 0,
  })
  const [search, setSearch] = useState("")
  const [activeFilter, setActiveFilter] = useState<ActiveFilter>("all")
  const [editing, setEditing] = useState<LoyaltyReward | null>(null)
  const prompt = usePrompt()

  const query = useMemo(
    () => ({
      limit: PAGE_SIZE,
      offset: pagination.pageIndex * PAGE_SIZE,
      q: search || undefined,
      active: activeFilter === "all" ? undefined : activeFilter === "active",
    }),
    [pagination, search, activeFilter]
  )
  const { data, isLoading, isError, error } = useLoyaltyRewards(query)
  const { data: tierData } = useLoyaltyTiers({ limit: 100 })

  const update = useUpdateLoyaltyReward({
    onSuccess: ({ reward }) =>
      toast.success(
        `${reward.name} is now ${reward.active ? "active" : "inactive"}`
      ),
    onError: (e) => toast.error(e.message),
  })
  const { mutate: deleteReward } = useDeleteLoyaltyReward({
    onSuccess: () => toast.success("Reward deleted"),
    onError: (e) => toast.error(e.message),
  })
  const toggleActive = update.mutate
  const togglingId = update.isPending ? update.variables?.id : undefined

  const tierNameByRank = useMemo(
    () => new Map((tierData?.tiers ?? []).map((t) => [t.rank, t.name])),
    [tierData]
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", { header: "Name" }),
      columnHelper.accessor("kind", {
        header: "Reward",
        cell: ({ row }) => describeValue(row.original),
      }),
      columnHelper.accessor("points_cost", {
        header: "Points",
        cell: ({ getValue }) => formatPoints(getValue()),
      }),
      columnHelper.accessor("min_tier_rank", {
        header: "Minimum tier",
        cell: ({ getValue }) => {
          const rank = getValue()
          return rank == null
            ? "Any"
            : (tierNameByRank.get(rank) ?? `Rank ${rank}`)
        },
      }),
      columnHelper.accessor("stock", {
        header: "Stock",
        cell: ({ getValue }) => {
          const stock = getValue()
          return stock == null ? "Unlimited" : formatPoints(stock)
        },
      }),
      columnHelper.accessor("valid_days", {
        header: "Valid (days)",
      }),
      columnHelper.accessor("active", {
        header: "Active",
        cell: ({ row }) => (
          <Switch
            aria-label={`Toggle ${row.original.name}`}
            checked={row.original.active}
            disabled={togglingId === row.original.id}
            onCheckedChange={(active) =>
              toggleActive({ id: row.original.id, active })
            }
          />
        ),
      }),
      columnHelper.action({
        actions: [
          {
            label: "Edit",
            icon: <PencilSquare />,
            onClick: ({ row }) => setEditing(row.original),
          },
          {
            label: "Delete",
            icon: <Trash />,
            onClick: async ({ row }) => {
              const confirmed = await prompt({
                title: `Delete ${row.original.name}?`,
                description:
                  "Members can no longer redeem it. This cannot be undone.",
                confirmText: "Delete",
                cancelText: "Cancel",
              })
              if (confirmed) {
                deleteReward(row.original.id)
              }
            },
          },
        ],
      }),
    ],
    [tierNameByRank, togglingId, toggleActive, prompt, deleteReward]
  )

  const table = useDataTable({
    columns,
    data: data?.rewards ?? [],
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
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Rewards</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              What members can spend their points on.
            </Text>
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-2">
            <Select
              size="small"
              value={activeFilter}
              onValueChange={(v) => {
                setActiveFilter(v as ActiveFilter)
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            >
              <Select.Trigger
                aria-label="Filter by status"
                style={{ width: 144 }}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">All rewards</Select.Item>
                <Select.Item value="active">Active</Select.Item>
                <Select.Item value="inactive">Inactive</Select.Item>
              </Select.Content>
            </Select>
            <div style={{ width: 200 }}>
              <DataTable.Search placeholder="Search rewards" />
            </div>
            <CreateRewardDrawer />
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No rewards yet",
                description: "Create a reward members can redeem points for.",
              },
              filtered: {
                heading: "No matching rewards",
                description: "Try another search or status.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
      {editing && (
        <EditRewardDrawer
          key={editing.id}
          reward={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Container>
  )
}
