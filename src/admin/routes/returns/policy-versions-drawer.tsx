import { DataTable, Drawer } from "@medusajs/ui"
import {
  ListError,
  useListState,
  useListTable,
} from "../../components/common/list-section"
import { closeWith } from "../../components/common/form-drawer"
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
  const versions = useReturnPolicyVersions(policy.id, list.page)
  const table = useListTable({
    list,
    columns,
    result: versions,
    rows: versions.data?.return_policies,
  })

  return (
    <Drawer open onOpenChange={closeWith(onClose)}>
      <Drawer.Content style={{ maxWidth: "56rem" }}>
        <Drawer.Header>
          <Drawer.Title>Versions of {policy.name}</Drawer.Title>
          <Drawer.Description>
            An edit writes a new version; each decision keeps the version it
            applied.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-auto p-0">
          {versions.error ? (
            <ListError error={versions.error} />
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
