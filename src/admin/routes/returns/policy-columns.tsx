import { createDataTableColumnHelper } from "@medusajs/ui"
import { ActiveBadge } from "../../components/common/active-badge"
import { ReturnPolicy } from "../../hooks/api/return-policies"
import { formatAmount, formatPercent, formatRate } from "../../lib/format"

/** The column helper of every table of return policies. */
export const policyColumnHelper = createDataTableColumnHelper<ReturnPolicy>()
const columnHelper = policyColumnHelper

/** A policy's version and whether it is in force. */
export const versionColumns = [
  columnHelper.accessor("version", {
    header: "Version",
    cell: ({ getValue }) => `v${getValue()}`,
  }),
  columnHelper.accessor("active", {
    header: "State",
    cell: ({ getValue }) => <ActiveBadge active={getValue()} />,
  }),
]

/**
 * The terms a policy applies, as the policies list and the versions drawer
 * show them; the list also shows free return shipping.
 */
export const termColumns = ({ shipping }: { shipping: boolean }) => [
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
  ...(shipping
    ? [
        columnHelper.accessor("free_return_shipping", {
          header: "Free shipping",
          cell: ({ getValue }) => (getValue() ? "Yes" : "No"),
        }),
      ]
    : []),
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
]
