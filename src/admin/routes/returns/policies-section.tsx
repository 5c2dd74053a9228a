import {
  CheckCircleSolid,
  Clock,
  PencilSquare,
  Trash,
  XCircleSolid,
} from "@medusajs/icons"
import {
  Badge,
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
import { useLoyaltyTiers } from "../../hooks/api/loyalty-tiers"
import {
  ReturnPolicy,
  useDeleteReturnPolicy,
  useReturnPolicies,
  useSetReturnPolicyActive,
} from "../../hooks/api/return-policies"
import { formatAmount, formatPercent, formatRate } from "../../lib/format"
import { PolicyDrawer } from "./policy-drawer"
import { PolicyVersionsDrawer } from "./policy-versions-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<ReturnPolicy>()

type Open =
  | { kind: "create" }
  | { kind: "edit"; policy: ReturnPolicy }
  | { kind: "versions"; policy: ReturnPolicy }
  | null

/** Return policies per loyalty tier, with versions and (de)activation. */
export const PoliciesSection = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageSize: PAGE_SIZE,
    pageIndex: 0,
  })
  const [active, setActive] = useState(true)
  const [open, setOpen] = useState<Open>(null)
  const prompt = usePrompt()
  const { data: tierData } = useLoyaltyTiers({ limit: 100 })
  const tierNames = useMemo(
    () =>
      Object.fromEntries(
        (tierData?.tiers ?? []).map((tier) => [tier.id, tier.name])
      ),
    [tierData]
  )

  const query = useMemo(
    () => ({
      limit: PAGE_SIZE,
      offset: pagination.pageIndex * PAGE_SIZE,
      active,
    }),
    [pagination, active]
  )
  const { data, isLoading, isError, error } = useReturnPolicies(query)

  const { mutate: deletePolicy } = useDeleteReturnPolicy({
    onSuccess: () => toast.success("Policy deleted"),
    onError: (e) => toast.error(e.message),
  })
  const { mutate: setPolicyActive } = useSetReturnPolicyActive({
    onSuccess: ({ return_policy }) =>
      toast.success(
        `${return_policy.name} ${return_policy.active ? "activated" : "deactivated"}`
      ),
    // e.g. another policy of the same tier is already active.
    onError: (e) => toast.error(e.message),
  })

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", { header: "Name" }),
      columnHelper.accessor("tier_id", {
        header: "Tier",
        cell: ({ getValue }) => {
          const tierId = getValue()
          return tierId ? (
            <Badge size="2xsmall">{tierNames[tierId] ?? tierId}</Badge>
          ) : (
            <Badge size="2xsmall" color="blue">
              Default
            </Badge>
          )
        },
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
      columnHelper.accessor("free_return_shipping", {
        header: "Free shipping",
        cell: ({ getValue }) => (getValue() ? "Yes" : "No"),
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
      columnHelper.action({
        actions: ({ row }) => [
          [
            {
              label: "Edit",
              icon: <PencilSquare />,
              onClick: () => setOpen({ kind: "edit", policy: row.original }),
            },
            {
              label: "Versions",
              icon: <Clock />,
              onClick: () =>
                setOpen({ kind: "versions", policy: row.original }),
            },
            row.original.active
              ? {
                  label: "Deactivate",
                  icon: <XCircleSolid />,
                  onClick: async () => {
                    const confirmed = await prompt({
                      title: `Deactivate ${row.original.name}?`,
                      description: row.original.tier_id
                        ? "Customers of this tier fall back to the default policy."
                        : "Customers without a tier have no return policy until another default is active.",
                      confirmText: "Deactivate",
                      cancelText: "Cancel",
                    })
                    if (confirmed) {
                      setPolicyActive({ id: row.original.id, active: false })
                    }
                  },
                }
              : {
                  label: "Activate",
                  icon: <CheckCircleSolid />,
                  onClick: () =>
                    setPolicyActive({ id: row.original.id, active: true }),
                },
          ],
          [
            {
              label: "Delete",
              icon: <Trash />,
              onClick: async () => {
                const confirmed = await prompt({
                  title: `Delete ${row.original.name}?`,
                  description:
                    "Every version of this policy is deleted. Past decisions keep their record of the terms they applied.",
                  confirmText: "Delete",
                  cancelText: "Cancel",
                })
                if (confirmed) {
                  deletePolicy(row.original.id)
                }
              },
            },
          ],
        ],
      }),
    ],
    [tierNames, prompt, deletePolicy, setPolicyActive]
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
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Return policies</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {active
                ? "The policy in force for each loyalty tier, and the default."
                : "Deactivated policies and the earlier versions of every policy."}
            </Text>
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-2">
            <Select
              size="small"
              value={active ? "active" : "inactive"}
              onValueChange={(value) => {
                setActive(value === "active")
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            >
              <Select.Trigger
                aria-label="Filter by state"
                style={{ width: 216 }}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="active">Active</Select.Item>
                <Select.Item value="inactive">
                  Inactive and old versions
                </Select.Item>
              </Select.Content>
            </Select>
            <Button
              size="small"
              variant="secondary"
              className="whitespace-nowrap"
              onClick={() => setOpen({ kind: "create" })}
            >
              Create policy
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
                heading: active ? "No active policies" : "Nothing inactive",
                description: active
                  ? "Create a default policy, then one per tier that needs other terms."
                  : "Deactivated policies and replaced versions appear here.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
      {open?.kind === "create" && (
        <PolicyDrawer onClose={() => setOpen(null)} />
      )}
      {open?.kind === "edit" && (
        <PolicyDrawer
          key={open.policy.id}
          policy={open.policy}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === "versions" && (
        <PolicyVersionsDrawer
          key={open.policy.id}
          policy={open.policy}
          onClose={() => setOpen(null)}
        />
      )}
    </Container>
  )
}
