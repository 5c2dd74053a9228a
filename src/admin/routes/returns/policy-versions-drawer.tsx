import { DataTable, Drawer, Text, useDataTable } from "@medusajs/ui"
import { useListState } from "../../components/common/list-section"
import {
  ReturnPolicy,
  useReturnPolicyVersions,
} from "../../hooks/api/return-policies"
import { formatDateTime } from "../../lib/format"
import {
  policyColumnHelper,
  termColumns,
  versionColumns,
} from "./policy-columns"

const columns = [
  ...versionColumns,
  ...termColumns({ shipping: false }),
  policyColumnHelper.accessor("created_at", {
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
  const list = useListState(10)
  const { data, isLoading, error } = useReturnPolicyVersions(
    policy.id,
    list.page
  )

  const table = useDataTable({
    columns,
    data: data?.return_policies ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: {
      state: list.pagination,
      onPaginationChange: list.setPagination,
    },
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
          {error ? (
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
