import {
  CheckCircleSolid,
  Clock,
  PencilSquare,
  Trash,
  XCircleSolid,
} from "@medusajs/icons"
import { Badge } from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  FilterSelect,
  ListSection,
  useListFilter,
  useListState,
} from "../../components/common/list-section"
import { useConfirm } from "../../components/common/row-actions"
import { toastResult } from "../../components/common/toasts"
import { useLoyaltyTiers } from "../../hooks/api/loyalty-tiers"
import {
  ReturnPolicy,
  useDeleteReturnPolicy,
  useReturnPolicies,
  useUpdateReturnPolicy,
} from "../../hooks/api/return-policies"
import {
  policyColumnHelper,
  termColumns,
  versionColumns,
} from "./policy-columns"
import { PolicyDrawer } from "./policy-drawer"
import { PolicyVersionsDrawer } from "./policy-versions-drawer"

const columnHelper = policyColumnHelper

type Open =
  | { kind: "create" }
  | { kind: "edit"; policy: ReturnPolicy }
  | { kind: "versions"; policy: ReturnPolicy }
  | null

/** Return policies per loyalty tier, with versions and (de)activation. */
export const PoliciesSection = () => {
  const list = useListState()
  const [state, setState] = useListFilter(list, "active")
  const active = state === "active"
  const [open, setOpen] = useState<Open>(null)
  const confirm = useConfirm()
  const { data: tierData } = useLoyaltyTiers({ limit: 100 })
  const tierNames = useMemo(
    () =>
      Object.fromEntries(
        (tierData?.tiers ?? []).map((tier) => [tier.id, tier.name])
      ),
    [tierData]
  )

  const query = useMemo(() => ({ ...list.page, active }), [list.page, active])
  const policies = useReturnPolicies(query)

  const { mutate: deletePolicy } = useDeleteReturnPolicy(
    toastResult("Policy deleted")
  )
  // Its error says why, e.g. another policy of the same tier is active.
  const { mutate: setPolicyActive } = useUpdateReturnPolicy(
    toastResult(
      ({ return_policy }) =>
        `${return_policy.name} ${return_policy.active ? "activated" : "deactivated"}`
    )
  )

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
      ...termColumns({ shipping: true }),
      ...versionColumns,
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
                  onClick: () =>
                    confirm(
                      {
                        title: `Deactivate ${row.original.name}?`,
                        description: row.original.tier_id
                          ? "Customers of this tier fall back to the default policy."
                          : "Customers without a tier have no return policy until another default is active.",
                        confirmText: "Deactivate",
                      },
                      () =>
                        setPolicyActive({ id: row.original.id, active: false })
                    ),
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
              onClick: () =>
                confirm(
                  {
                    title: `Delete ${row.original.name}?`,
                    description:
                      "Every version of this policy is deleted. Past decisions keep their record of the terms they applied.",
                  },
                  () => deletePolicy(row.original.id)
                ),
            },
          ],
        ],
      }),
    ],
    [tierNames, confirm, deletePolicy, setPolicyActive]
  )

  return (
    <ListSection
      heading="Return policies"
      description={
        active
          ? "The policy in force for each loyalty tier, and the default."
          : "Deactivated policies and the earlier versions of every policy."
      }
      list={list}
      columns={columns}
      result={policies}
      rows={policies.data?.return_policies}
      create={{
        label: "Create policy",
        onClick: () => setOpen({ kind: "create" }),
      }}
      toolbar={
        <FilterSelect
          label="Filter by state"
          width={216}
          value={state}
          onChange={setState}
          options={[
            { value: "active", label: "Active" },
            { value: "inactive", label: "Inactive and old versions" },
          ]}
        />
      }
      emptyState={{
        empty: {
          heading: active ? "No active policies" : "Nothing inactive",
          description: active
            ? "Create a default policy, then one per tier that needs other terms."
            : "Deactivated policies and replaced versions appear here.",
        },
      }}
    >
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
    </ListSection>
  )
}
