import { Text } from "@medusajs/ui"
import type { ReturnRefundEstimate } from "../../hooks/api/return-requests"
import { formatMoney } from "./format"

/** A label and its amount on one row; strong for a total. */
export const AmountLine = ({
  label,
  value,
  strong,
}: {
  label: string
  value: string
  strong?: boolean
}) => (
  <div className="flex items-center justify-between">
    <Text
      size="small"
      leading="compact"
      className={strong ? undefined : "text-ui-fg-subtle"}
      weight={strong ? "plus" : "regular"}
    >
      {label}
    </Text>
    <Text size="small" leading="compact" weight={strong ? "plus" : "regular"}>
      {value}
    </Text>
  </div>
)

/** The engine's refund estimate, from the items' total down to the credit. */
export const RefundBreakdown = ({
  estimate,
  storeCredit,
}: {
  estimate: ReturnRefundEstimate | null
  storeCredit: boolean
}) => {
  if (!estimate) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No refund estimate was recorded.
      </Text>
    )
  }
  const money = (v: number) => formatMoney(v, estimate.currency_code)
  return (
    <div className="flex flex-col gap-y-1.5">
      <AmountLine label="Items" value={money(estimate.items_total)} />
      <AmountLine
        label="Restocking fees"
        value={`− ${money(estimate.restocking_fee_total)}`}
      />
      <AmountLine
        label="Return shipping"
        value={`− ${money(estimate.return_shipping)}`}
      />
      <AmountLine label="Refund" value={money(estimate.refund_total)} strong />
      {storeCredit && (
        <>
          <AmountLine
            label="Store credit bonus"
            value={`+ ${money(estimate.store_credit_bonus)}`}
          />
          <AmountLine
            label="Credited"
            value={money(estimate.credited_total)}
            strong
          />
        </>
      )}
    </div>
  )
}
