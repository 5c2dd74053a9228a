import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import { ListSection, useListState } from "../../components/common/list-section"
import { useEditableRows } from "../../components/common/record-drawer"
import {
  LoyaltyTier,
  useDeleteLoyaltyTier,
  useLoyaltyTiers,
} from "../../hooks/api/loyalty-tiers"
import { describeBenefits, formatPoints } from "../../lib/format"
import { TierDrawer } from "./tier-drawer"

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
  const list = useListState()
  const tiers = useLoyaltyTiers(list.page)
  const { drawer, columns } = useEditableRows<LoyaltyTier>({
    columns: baseColumns,
    useDelete: useDeleteLoyaltyTier,
    deleted: "Tier deleted",
    confirmDelete: (tier) => ({
      title: `Delete ${tier.name}?`,
      description:
        "The tier is removed from the program. This cannot be undone.",
    }),
  })

  return (
    <ListSection
      heading="Loyalty tiers"
      description="Customers qualify for the highest tier whose thresholds they meet."
      list={list}
      columns={columns}
      result={tiers}
      rows={tiers.data?.tiers}
      create={{ label: "Create tier", onClick: drawer.create }}
      emptyState={{
        empty: {
          heading: "No tiers yet",
          description: "Create the first tier of your program.",
        },
      }}
    >
      {drawer.render((tier, onClose) => (
        <TierDrawer tier={tier} onClose={onClose} />
      ))}
    </ListSection>
  )
}
