import { CustomerEmail } from "./components/layout"
import { Details, Paragraph } from "./components/parts"
import { formatMoney } from "../utils/money"
import { refundMethodLabel } from "./i18n"
import { defineTemplate } from "./template"
import type { BaseEmailData, MoneyAmount, RefundMethod } from "./types"

/** Data of the `refund-issued` email. Amounts are in major units. */
export type RefundIssuedData = BaseEmailData & {
  rma_number?: string | null
  /** Refunded amount, before any store credit bonus. */
  amount: MoneyAmount
  currency_code: string
  method: RefundMethod
  /** Extra store credit granted for choosing store credit. */
  store_credit_bonus?: MoneyAmount | null
  /** The code that spends a store credit issued as a promotion code. */
  store_credit_code?: string | null
  /** E.g. "Visa ending in 4242", shown for `original_payment`. */
  payment_description?: string | null
}

/** Sent when a refund (or store credit) has been issued. */
export const refundIssued = defineTemplate("refund-issued", {
  render: (props: RefundIssuedData, s) => {
    const money = (value: MoneyAmount) =>
      formatMoney(value, props.currency_code, s.locale)
    const bonus =
      props.method === "store_credit"
        ? Number(props.store_credit_bonus ?? 0)
        : 0
    const timing =
      props.method === "store_credit"
        ? s.t.timing_store_credit
        : props.method === "manual"
          ? s.t.timing_manual
          : s.t.timing_original
    return (
      <CustomerEmail data={props} strings={s} about="return">
        <Paragraph>
          {props.rma_number ? s.t.intro_rma(props.rma_number) : s.t.intro}
        </Paragraph>
        <Details
          rows={[
            [s.common.rma, props.rma_number],
            [s.t.amount, money(props.amount)],
            [
              s.common.refund_method,
              props.method === "original_payment" && props.payment_description
                ? `${refundMethodLabel(props.method, s.common)} (${props.payment_description})`
                : refundMethodLabel(props.method, s.common),
            ],
            [s.t.bonus, bonus > 0 ? money(bonus) : null],
            // Intl rounds to the currency's digits, so float drift never shows.
            [
              s.t.total_credit,
              bonus > 0 ? money(Number(props.amount) + bonus) : null,
            ],
            [
              s.t.store_credit_code,
              props.method === "store_credit" ? props.store_credit_code : null,
            ],
          ]}
        />
        {bonus > 0 ? (
          <Paragraph>{s.t.bonus_text(money(bonus))}</Paragraph>
        ) : null}
        <Paragraph>{timing}</Paragraph>
      </CustomerEmail>
    )
  },
  subject: (data, s) => {
    if (data.method === "store_credit") {
      // The subject says what the customer can spend: refund plus bonus.
      const credited =
        Number(data.amount) + Number(data.store_credit_bonus ?? 0)
      return s.t.subject_store_credit(
        formatMoney(credited, data.currency_code, s.locale)
      )
    }
    return s.t.subject(formatMoney(data.amount, data.currency_code, s.locale))
  },
  required: ["store", "amount", "currency_code", "method"],
})

/** The `refund-issued` email as a React Email component. */
export const RefundIssuedEmail = refundIssued.component
