import { createDataTableColumnHelper, Switch } from "@medusajs/ui"
import { useMemo } from "react"
import {
  ActiveSearchToolbar,
  ListSection,
  useActiveList,
} from "../../components/common/list-section"
import { useEditableRows } from "../../components/common/record-drawer"
import { toastResult } from "../../components/common/toasts"
import {
  LoyaltyReward,
  useDeleteLoyaltyReward,
  useLoyaltyRewards,
  useUpdateLoyaltyReward,
} from "../../hooks/api/loyalty-rewards"
import { useLoyaltyTiers } from "../../hooks/api/loyalty-tiers"
import { formatMoney, formatPercent, formatPoints } from "../../lib/format"
import { RewardDrawer } from "./reward-drawer"

const columnHelper = createDataTableColumnHelper<LoyaltyReward>()

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
  const activeList = useActiveList()
  const rewards = useLoyaltyRewards(activeList.query)
  const { data: tierData } = useLoyaltyTiers({ limit: 100 })

  const update = useUpdateLoyaltyReward(
    toastResult(
      ({ reward }) =>
        `${reward.name} is now ${reward.active ? "active" : "inactive"}`
    )
  )
  const toggleActive = update.mutate
  const togglingId = update.isPending ? update.variables?.id : undefined

  const tierNameByRank = useMemo(
    () => new Map((tierData?.tiers ?? []).map((t) => [t.rank, t.name])),
    [tierData]
  )

  const baseColumns = useMemo(
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
    ],
    [tierNameByRank, togglingId, toggleActive]
  )
  const { drawer, columns } = useEditableRows<LoyaltyReward>({
    columns: baseColumns,
    useDelete: useDeleteLoyaltyReward,
    deleted: "Reward deleted",
    confirmDelete: (reward) => ({
      title: `Delete ${reward.name}?`,
      description: "Members can no longer redeem it. This cannot be undone.",
    }),
  })

  return (
    <ListSection
      heading="Rewards"
      description="What members can spend their points on."
      list={activeList.list}
      columns={columns}
      result={rewards}
      rows={rewards.data?.rewards}
      searchable
      create={{ label: "Create reward", onClick: drawer.create }}
      toolbar={
        <ActiveSearchToolbar
          activeList={activeList}
          filter={{ label: "Filter by status", width: 144, all: "All rewards" }}
          search={{ placeholder: "Search rewards", width: 200 }}
        />
      }
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
    >
      {drawer.render((reward, onClose) => (
        <RewardDrawer reward={reward} onClose={onClose} />
      ))}
    </ListSection>
  )
}
