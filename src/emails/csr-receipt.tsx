import { CustomerEmail } from "./components/layout"
import { Details, Items, Paragraph, Subtitle } from "./components/parts"
import { formatMoney } from "../utils/money"
import { formatDate } from "./format"
import { refundMethodLabel } from "./i18n"
import { defineTemplate, rmaSubject } from "./template"
import type {
  BaseEmailData,
  EmailItem,
  MoneyAmount,
  RefundMethod,
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
  refund: {
    currency_code: string
    method: RefundMethod
    items_total: MoneyAmount
    /** Fees are positive numbers; they are shown as deductions. */
    return_shipping_fee?: MoneyAmount | null
    restocking_fee?: MoneyAmount | null
    store_credit_bonus?: MoneyAmount | null
    /** The refund before any store credit bonus. */
    total: MoneyAmount
    /**
     * What the customer gets: `total` plus the store credit bonus. The
     * receipt's total, as on the PDF and the CSR form; computed when absent.
     */
    credited_total?: MoneyAmount | null
  }
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
    const deduction = (value?: MoneyAmount | null) =>
      value && Number(value) !== 0 ? money(-Math.abs(Number(value))) : null
    const bonus = Number(refund.store_credit_bonus ?? 0)
    const credited =
      refund.credited_total != null
        ? Number(refund.credited_total)
        : Number(refund.total) + bonus
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
        <Details
          rows={[
            [s.t.items_total, money(refund.items_total)],
            [s.t.shipping_fee, deduction(refund.return_shipping_fee)],
            [s.t.restocking_fee, deduction(refund.restocking_fee)],
            // With a bonus, the refund and the bonus, then what is credited.
            [s.t.refund_subtotal, bonus > 0 ? money(refund.total) : null],
            [s.t.bonus, bonus > 0 ? money(bonus) : null],
            [
              refund.method === "store_credit" ? s.t.total_credit : s.t.total,
              money(credited),
            ],
            [
              s.common.refund_method,
              refundMethodLabel(refund.method, s.common),
            ],
          ]}
        />
        <Paragraph>{s.t.attachment}</Paragraph>
      </CustomerEmail>
    )
  },
  subject: rmaSubject,
  required: ["store", "rma_number", "channel", "items", "refund"],
})

/** The `csr-receipt` email as a React Email component. */
export const CsrReceiptEmail = csrReceipt.component
