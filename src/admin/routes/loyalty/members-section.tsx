import {
  Badge,
  createDataTableColumnHelper,
  StatusBadge,
  Tooltip,
} from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import {
  ALL,
  FilterSelect,
  ListSearch,
  ListSection,
  unlessAll,
  useListFilter,
  useListState,
} from "../../components/common/list-section"
import {
  LoyaltyAccount,
  useLoyaltyAccounts,
} from "../../hooks/api/loyalty-accounts"
import { useTierOptions } from "../../hooks/api/loyalty-tiers"
import {
  formatAmount,
  formatDate,
  formatName,
  formatPoints,
} from "../../lib/format"

const columnHelper = createDataTableColumnHelper<LoyaltyAccount>()

const columns = [
  columnHelper.accessor((row) => row.customer?.email ?? "—", {
    id: "email",
    header: "Email",
  }),
  columnHelper.display({
    id: "name",
    header: "Name",
    cell: ({ row }) => formatName(row.original.customer),
  }),
  columnHelper.accessor("tier", {
    header: "Tier",
    cell: ({ getValue }) => {
      const tier = getValue()
      return tier ? <Badge size="2xsmall">{tier.name}</Badge> : "—"
    },
  }),
  columnHelper.accessor("points_available", {
    header: "Available",
    align: "right",
    cell: ({ getValue }) => formatPoints(getValue()),
  }),
  columnHelper.accessor("points_pending", {
    header: "Pending",
    align: "right",
    cell: ({ getValue }) => formatPoints(getValue()),
  }),
  columnHelper.accessor("points_debt", {
    header: "Debt",
    align: "right",
    cell: ({ getValue }) => {
      const debt = getValue()
      return debt > 0 ? (
        <span className="text-ui-fg-error">{formatPoints(debt)}</span>
      ) : (
        formatPoints(debt)
      )
    },
  }),
  columnHelper.accessor("lifetime_spend", {
    header: "Lifetime spend",
    align: "right",
    cell: ({ getValue }) => formatAmount(getValue()),
  }),
  columnHelper.accessor("tier_locked", {
    header: "Tier lock",
    cell: ({ row }) => {
      const account = row.original
      if (!account.tier_locked) {
        return "—"
      }
      const until = account.tier_lock_expires_at
        ? ` until ${formatDate(account.tier_lock_expires_at)}`
        : ""
      return (
        <Tooltip content={`${account.tier_lock_reason ?? "Locked"}${until}`}>
          <StatusBadge color="orange">Locked</StatusBadge>
        </Tooltip>
      )
    },
  }),
]

/** Program members, filterable by tier and searchable by email. */
export const MembersSection = () => {
  const navigate = useNavigate()
  const list = useListState()
  const [tierId, setTierId] = useListFilter<string>(list, ALL)
  const tierOptions = useTierOptions()

  const accounts = useLoyaltyAccounts({
    ...list.query,
    tier_id: unlessAll(tierId),
  })

  return (
    <ListSection
      heading="Members"
      description="Open a member to adjust points or lock their tier."
      list={list}
      columns={columns}
      result={accounts}
      rows={accounts.data?.accounts}
      searchable
      onRowClick={(account) => navigate(`/customers/${account.customer_id}`)}
      toolbar={
        <>
          <FilterSelect
            label="Filter by tier"
            width={144}
            value={tierId}
            onChange={setTierId}
            options={[{ value: ALL, label: "All tiers" }, ...tierOptions]}
          />
          {/* Wide enough for the whole placeholder. */}
          <ListSearch placeholder="Search by email" width={240} />
        </>
      }
      emptyState={{
        empty: {
          heading: "No members yet",
          description:
            "Accounts appear once customers earn points or get an adjustment.",
        },
        filtered: {
          heading: "No matching members",
          description: "Try another email or tier.",
        },
      }}
    />
  )
}
