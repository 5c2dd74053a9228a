import { ReturnEmail } from "./components/layout"
import { DateParagraph, Details, Paragraph, Subtitle } from "./components/parts"
import { formatMoney, type MoneyAmount } from "../utils/money"
import { defineTemplate, rmaSubject } from "./template"
import type { BaseEmailData } from "./types"

/** One exchanged line: what goes back and what comes instead. */
export type ExchangeEmailLine = {
  title: string
  variant_title: string
  product_title: string
  quantity: number
}

/** Data of the `exchange-approved` email. */
export type ExchangeApprovedData = BaseEmailData & {
  rma_number: string
  currency_code: string
  lines: ExchangeEmailLine[]
  /** > 0: the customer pays it; < 0: refunded; 0: even. */
  difference: MoneyAmount
  /** An instant exchange: the old item must be back by then (ISO date). */
  return_by?: string | null
  instant?: boolean | null
}

/** Sent when an exchange is approved, with the price difference. */
export const exchangeApproved = defineTemplate("exchange-approved", {
  render: (props: ExchangeApprovedData, s) => {
    const difference = Number(props.difference)
    const amount = formatMoney(
      Math.abs(difference),
      props.currency_code,
      s.locale
    )
    return (
      <ReturnEmail data={props} strings={s}>
        <Subtitle>{s.t.lines}</Subtitle>
        <Details
          rows={props.lines.map((l) => [
            `${l.quantity} × ${l.title}`,
            `${l.product_title} ${l.variant_title}`,
          ])}
        />
        <Paragraph>
          {difference > 0
            ? s.t.to_pay(amount)
            : difference < 0
              ? s.t.refunded(amount)
              : s.t.even}
        </Paragraph>
        <Paragraph>
          {props.instant ? s.t.ships_now : s.t.ships_on_receipt}
        </Paragraph>
        <DateParagraph
          date={props.return_by}
          locale={s.locale}
          timeZone={props.time_zone}
          text={s.t.return_by}
          strong
        />
      </ReturnEmail>
    )
  },
  subject: rmaSubject,
  required: ["store", "rma_number", "lines", "currency_code"],
})

/** The `exchange-approved` email as a React Email component. */
export const ExchangeApprovedEmail = exchangeApproved.component
