import { createDataTableColumnHelper } from "@medusajs/ui"
import { ActiveBadge } from "../../components/common/active-badge"
import {
  ActiveSearchToolbar,
  ListSection,
  useActiveList,
} from "../../components/common/list-section"
import { useEditableRows } from "../../components/common/record-drawer"
import {
  ReturnReasonCode,
  useDeleteReturnReasonCode,
  useReturnReasonCodes,
} from "../../hooks/api/return-reason-codes"
import { formatPercent } from "../../lib/format"
import { ReasonCodeDrawer } from "./reason-code-drawer"

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
    cell: ({ getValue }) => <ActiveBadge active={getValue()} />,
  }),
]

/** The reasons customers and CSRs pick from, with what each one triggers. */
export const ReasonCodesSection = () => {
  const activeList = useActiveList()
  const reasonCodes = useReturnReasonCodes(activeList.query)
  const { drawer, columns } = useEditableRows<ReturnReasonCode>({
    columns: baseColumns,
    useDelete: useDeleteReturnReasonCode,
    deleted: "Reason code deleted",
    confirmDelete: (code) => ({
      title: `Delete ${code.code}?`,
      description:
        "Customers can no longer pick it. Past requests keep the code they used; to keep it visible on them, deactivate it instead.",
    }),
  })

  return (
    <ListSection
      heading="Reason codes"
      description="Why items come back, and whether a reason needs review, evidence or its own restocking fee."
      list={activeList.list}
      columns={columns}
      result={reasonCodes}
      rows={reasonCodes.data?.reason_codes}
      searchable
      create={{ label: "Create", onClick: drawer.create }}
      toolbar={
        <ActiveSearchToolbar
          activeList={activeList}
          filter={{ label: "Filter by state", width: 120, all: "All" }}
          search={{ placeholder: "Search code or label", width: 220 }}
        />
      }
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
    >
      {drawer.render((reasonCode, onClose) => (
        <ReasonCodeDrawer reasonCode={reasonCode} onClose={onClose} />
      ))}
    </ListSection>
  )
}
