import {
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Drawer,
  StatusBadge,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  ReturnPolicy,
  useReturnPolicyVersions,
} from "../../hooks/api/return-policies"
import {
  formatAmount,
  formatDateTime,
  formatPercent,
  formatRate,
} from "../../lib/format"

const PAGE_SIZE = 10
const columnHelper = createDataTableColumnHelper<ReturnPolicy>()

const columns = [
  columnHelper.accessor("version", {
    header: "Version",
    cell: ({ getValue }) => `v${getValue()}`,
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
  columnHelper.accessor("return_window_days", {
    header: "Window",
    cell: ({ getValue }) => `${getValue()} d`,
  }),
  columnHelper.accessor("auto_approve_max_amount", {
    header: "Auto-approve up to",
    cell: ({ getValue }) => {
      const v = getValue()
      return v == null ? "Never" : formatAmount(v)
    },
  }),
  columnHelper.accessor("restocking_fee_percent", {
    header: "Fee",
    cell: ({ getValue }) => formatPercent(getValue()),
  }),
  columnHelper.accessor("store_credit_bonus_percent", {
    header: "Credit bonus",
    cell: ({ getValue }) => formatPercent(getValue()),
  }),
  columnHelper.accessor("return_rate_ceiling", {
    header: "Rate ceiling",
    cell: ({ getValue }) => {
      const v = getValue()
      return v == null ? "None" : formatRate(v)
    },
  }),
  columnHelper.accessor("created_at", {
    header: "Saved",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]

/** Every version of a policy, newest first, as decisions referenced them. */
export const PolicyVersionsDrawer = ({
  policy,
  onClose,
}: {
  policy: ReturnPolicy
  onClose: () => void
}) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageSize: PAGE_SIZE,
    pageIndex: 0,
  })
  const query = useMemo(
    () => ({ limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE }),
    [pagination]
  )
  const { data, isLoading, isError, error } = useReturnPolicyVersions(
    policy.id,
    query
  )

  const table = useDataTable({
    columns,
    data: data?.return_policies ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content style={{ maxWidth: "56rem" }}>
        <Drawer.Header>
          <Drawer.Title>Versions of {policy.name}</Drawer.Title>
          <Drawer.Description>
            An edit writes a new version; each decision keeps the version it
            applied.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-auto p-0">
          {isError ? (
            <Text className="px-6 py-4 text-ui-fg-error" role="alert">
              {error.message}
            </Text>
          ) : (
            <DataTable instance={table}>
              <DataTable.Table
                emptyState={{
                  empty: {
                    heading: "No versions",
                    description: "This policy has no stored versions.",
                  },
                }}
              />
              <DataTable.Pagination />
            </DataTable>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
