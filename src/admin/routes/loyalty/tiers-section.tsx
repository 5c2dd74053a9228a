import { PencilSquare, Trash } from "@medusajs/icons"
import {
  Badge,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  LoyaltyTier,
  useDeleteLoyaltyTier,
  useLoyaltyTiers,
} from "../../hooks/api/loyalty-tiers"
import { describeBenefits, formatPoints } from "../../lib/format"
import { CreateTierDrawer } from "./create-tier-drawer"
import { EditTierDrawer } from "./edit-tier-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<LoyaltyTier>()

const threshold = (v: number | null) => formatPoints(v)

const baseColumns = [
  columnHelper.accessor("rank", { header: "Rank" }),
  columnHelper.accessor("name", {
    header: "Tier",
    cell: ({ getValue }) => <Badge size="2xsmall">{getValue()}</Badge>,
  }),
  columnHelper.accessor("min_lifetime_spend", {
    header: "Min. lifetime spend",
    cell: ({ getValue }) => threshold(getValue()),
  }),
  columnHelper.accessor("min_orders", {
    header: "Min. orders",
    cell: ({ getValue }) => threshold(getValue()),
  }),
  columnHelper.accessor("min_points", {
    header: "Min. points",
    cell: ({ getValue }) => threshold(getValue()),
  }),
  columnHelper.accessor("benefits", {
    header: "Benefits",
    cell: ({ row }) => {
      const { benefits, points_multiplier } = row.original
      return describeBenefits({
        ...benefits,
        // 1× is every tier's default: only a real boost is a benefit.
        ...(points_multiplier && Number(points_multiplier) !== 1
          ? { points_multiplier }
          : {}),
      })
    },
  }),
]

/** The tiers table with create, edit and delete. */
export const TiersSection = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageSize: PAGE_SIZE,
    pageIndex: 0,
  })
  const [editing, setEditing] = useState<LoyaltyTier | null>(null)
  const prompt = usePrompt()
  const query = useMemo(
    () => ({ limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE }),
    [pagination]
  )
  const { data, isLoading, isError, error } = useLoyaltyTiers(query)
  const { mutate: deleteTier } = useDeleteLoyaltyTier({
    onSuccess: () => toast.success("Tier deleted"),
    onError: (e) => toast.error(e.message),
  })

  const columns = useMemo(
    () => [
      ...baseColumns,
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
                  "The tier is removed from the program. This cannot be undone.",
                confirmText: "Delete",
                cancelText: "Cancel",
              })
              if (confirmed) {
                deleteTier(row.original.id)
              }
            },
          },
        ],
      }),
    ],
    [prompt, deleteTier]
  )

  const table = useDataTable({
    columns,
    data: data?.tiers ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-start justify-between gap-2 px-6 py-4">
          <div>
            <Heading>Loyalty tiers</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Customers qualify for the highest tier whose thresholds they meet.
            </Text>
          </div>
          <CreateTierDrawer />
        </DataTable.Toolbar>
        {isError ? (
          <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No tiers yet",
                description: "Create the first tier of your program.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
      {editing && (
        <EditTierDrawer
          key={editing.id}
          tier={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Container>
  )
}
