import { PencilSquare, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Select,
  StatusBadge,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  ReturnReasonCode,
  useDeleteReturnReasonCode,
  useReturnReasonCodes,
} from "../../hooks/api/return-reason-codes"
import { formatPercent } from "../../lib/format"
import { ReasonCodeDrawer } from "./reason-code-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<ReturnReasonCode>()

const yesNo = (v: boolean) => (v ? "Yes" : "No")

const baseColumns = [
  columnHelper.accessor("code", {
    header: "Code",
    cell: ({ getValue }) => <span className="font-mono">{getValue()}</span>,
  }),
  columnHelper.accessor("label", { header: "Label" }),
  columnHelper.accessor("requires_review", {
    header: "Review",
    cell: ({ getValue }) => yesNo(getValue()),
  }),
  columnHelper.accessor("requires_evidence", {
    header: "Evidence",
    cell: ({ getValue }) => yesNo(getValue()),
  }),
  columnHelper.accessor("restocking_fee_percent_override", {
    header: "Fee override",
    cell: ({ getValue }) => {
      const v = getValue()
      return v == null ? "Policy's" : formatPercent(v)
    },
  }),
  columnHelper.accessor("active", {
    header: "State",
    cell: ({ getValue }) =>
      getValue() ? (
        <StatusBadge color="green">Active</StatusBadge>
      ) : (
        <StatusBadge color="grey">Inactive</StatusBadge>
      ),
  }),
]

type ActiveFilter = "all" | "active" | "inactive"
type Open = { kind: "create" } | { kind: "edit"; code: ReturnReasonCode } | null

/** The reasons customers and CSRs pick from, with what each one triggers. */
export const ReasonCodesSection = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageSize: PAGE_SIZE,
    pageIndex: 0,
  })
  const [search, setSearch] = useState("")
  const [activeFilter, setActiveFilter] = useState<ActiveFilter>("all")
  const [open, setOpen] = useState<Open>(null)
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
  const { data, isLoading, isError, error } = useReturnReasonCodes(query)
  const { mutate: deleteCode } = useDeleteReturnReasonCode({
    onSuccess: () => toast.success("Reason code deleted"),
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
            onClick: ({ row }) => setOpen({ kind: "edit", code: row.original }),
          },
          {
            label: "Delete",
            icon: <Trash />,
            onClick: async ({ row }) => {
              const confirmed = await prompt({
                title: `Delete ${row.original.code}?`,
                description:
                  "Customers can no longer pick it. Past requests keep the code they used; to keep it visible on them, deactivate it instead.",
                confirmText: "Delete",
                cancelText: "Cancel",
              })
              if (confirmed) {
                deleteCode(row.original.id)
              }
            },
          },
        ],
      }),
    ],
    [prompt, deleteCode]
  )

  const table = useDataTable({
    columns,
    data: data?.reason_codes ?? [],
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
            <Heading>Reason codes</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Why items come back, and whether a reason needs review, evidence
              or its own restocking fee.
            </Text>
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-2">
            <Select
              size="small"
              value={activeFilter}
              onValueChange={(value) => {
                setActiveFilter(value as ActiveFilter)
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            >
              <Select.Trigger
                aria-label="Filter by state"
                style={{ width: 120 }}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">All</Select.Item>
                <Select.Item value="active">Active</Select.Item>
                <Select.Item value="inactive">Inactive</Select.Item>
              </Select.Content>
            </Select>
            <div style={{ width: 220 }}>
              <DataTable.Search placeholder="Search code or label" />
            </div>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setOpen({ kind: "create" })}
            >
              Create
            </Button>
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
                heading: "No reason codes",
                description: "Create the reasons customers can give.",
              },
              filtered: {
                heading: "No matching reason codes",
                description: "Try another search or state.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
      {open?.kind === "create" && (
        <ReasonCodeDrawer onClose={() => setOpen(null)} />
      )}
      {open?.kind === "edit" && (
        <ReasonCodeDrawer
          key={open.code.id}
          reasonCode={open.code}
          onClose={() => setOpen(null)}
        />
      )}
    </Container>
  )
}
