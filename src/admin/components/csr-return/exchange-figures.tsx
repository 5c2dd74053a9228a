import { Text } from "@medusajs/ui"
import type { ExchangePlanFigures } from "../../hooks/api/csr-returns"
import { formatMoney } from "../../lib/format"
import { AmountLine } from "../returns/refund-breakdown"

/**
 * The difference of an exchange as the CSR says it to the customer:
 * positive is paid by the customer, negative goes back to them.
 */
export const differenceText = (
  difference: number,
  currencyCode: string | null
) =>
  difference > 0
    ? `Customer pays ${formatMoney(difference, currencyCode)}`
    : difference < 0
      ? `Refund ${formatMoney(-difference, currencyCode)} to the customer`
      : "No difference"

/** When the new item ships, as the policy's instant term has it. */
export const shippingText = (plan: {
  instant: boolean
  return_days: number | null
}) =>
  plan.instant
    ? `Instant exchange: the new item ships now; the old one is due back within ${plan.return_days ?? "the policy's"} days.`
    : "The new item ships when the old one is received."

/**
 * An exchange's figures: per line the new variant, the credit and the new
 * item's price, then the difference to pay or to refund.
 */
export const ExchangeFigures = ({
  plan,
  from,
}: {
  plan: ExchangePlanFigures
  /** The returned variant of a line, when known ("M" in "M → L"). */
  from?: (lineItemId: string) => string | null
}) => {
  const money = (v: number) => formatMoney(v, plan.currency_code)
  return (
    <div className="flex flex-col gap-y-1.5" data-testid="csr-exchange-figures">
      {plan.lines.map((line) => {
        const old = from?.(line.line_item_id)
        return (
          <div key={line.line_item_id} className="flex flex-col gap-y-1">
            <Text
              size="small"
              weight="plus"
              data-testid={`csr-exchange-line-${line.line_item_id}`}
            >
              {line.quantity} × {line.title}
              {old ? `, ${old}` : ""} →{" "}
              {/* Something else: the new product's name, not only its size. */}
              {line.mode === "any"
                ? `${line.product_title} ${line.variant_title}`
                : line.variant_title}
            </Text>
            <AmountLine
              label="Credit for the returned item"
              value={money(line.credit)}
            />
            <AmountLine label="New item" value={money(line.new_total)} />
          </div>
        )
      })}
      <div data-testid="csr-exchange-difference">
        <AmountLine
          label={
            plan.difference > 0
              ? "Customer pays"
              : plan.difference < 0
                ? "Refund to the customer"
                : "No difference"
          }
          value={money(Math.abs(plan.difference))}
          strong
        />
      </div>
    </div>
  )
}
