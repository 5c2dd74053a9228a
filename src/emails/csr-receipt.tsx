import { CustomerEmail } from "./components/layout"
import {
  Details,
  Items,
  Paragraph,
  RefundSummary,
  Subtitle,
} from "./components/parts"
import { formatMoney } from "../utils/money"
import { formatDate } from "./format"
import { defineTemplate, rmaSubject } from "./template"
import type {
  BaseEmailData,
  EmailItem,
  MoneyAmount,
  RefundSummaryData,
} from "./types"

/** A returned line with the amount refunded for it. */
export type ReceiptItem = EmailItem & { refund_amount?: MoneyAmount | null }

/** Data of the `csr-receipt` email. Amounts are in major units. */
export type CsrReceiptData = BaseEmailData & {
  rma_number: string
  /**
   * How the customer reached customer service: `phone`, `email`, `chat` or
   * `in_store`; any other value reads "through our customer service".
   */
  channel: string
  /** The agent's name; "our customer service team" when absent. */
  csr_name?: string | null
  /** When the return was registered (ISO date). */
  created_at?: string | null
  items: ReceiptItem[]
  /** Its total is the receipt's, as on the PDF and the CSR form. */
  refund: RefundSummaryData
}

/**
 * Receipt for a return entered by a customer service agent. The caller
 * attaches the PDF version to the notification.
 */
export const csrReceipt = defineTemplate("csr-receipt", {
  render: (props: CsrReceiptData, s) => {
    const { refund } = props
    const money = (value: MoneyAmount) =>
      formatMoney(value, refund.currency_code, s.locale)
    const channels: Record<string, string> = {
      phone: s.t.channel_phone,
      email: s.t.channel_email,
      chat: s.t.channel_chat,
      in_store: s.t.channel_in_store,
    }
    return (
      <CustomerEmail data={props} strings={s} about="csr">
        <Paragraph>
          {s.t.intro(
            props.csr_name?.trim() || s.t.csr_team,
            channels[props.channel] ?? s.t.channel_other
          )}
        </Paragraph>
        <Details
          rows={[
            [s.common.rma, props.rma_number],
            [
              s.t.date,
              props.created_at
                ? formatDate(props.created_at, s.locale, props.time_zone)
                : null,
            ],
          ]}
        />
        <Subtitle>{s.common.items}</Subtitle>
        <Items
          items={props.items}
          common={s.common}
          extra={(item) =>
            item.refund_amount != null ? money(item.refund_amount) : null
          }
        />
        <Subtitle>{s.t.summary}</Subtitle>
        <RefundSummary refund={refund} common={s.common} locale={s.locale} />
        <Paragraph>{s.t.attachment}</Paragraph>
      </CustomerEmail>
    )
  },
  subject: rmaSubject,
  required: ["store", "rma_number", "channel", "items", "refund"],
})

/** The `csr-receipt` email as a React Email component. */
export const CsrReceiptEmail = csrReceipt.component
