import type { BigNumberValue, PaymentDTO } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { TemplateValues } from "../../modules/return-dispute"
import { formatMoney } from "../../utils/money"

/** A capture's or refund's amount, as Query returns it. */
type Amount =
  | { amount?: BigNumberValue | null; raw_amount?: BigNumberValue | null }
  | null
  | undefined

/** The fields of Medusa's payment that `refundablePayment` reads. */
export type PaymentForRefund = Pick<PaymentDTO, "id"> & {
  currency_code?: PaymentDTO["currency_code"] | null
  captured_at?: PaymentDTO["captured_at"] | null
  canceled_at?: PaymentDTO["canceled_at"] | null
  captures?: Amount[] | null
  refunds?: Amount[] | null
}

export type OrderForRefund = {
  payment_collections?:
    { payments?: (PaymentForRefund | null)[] | null }[] | null
}

/**
 * The note a dispute's refund is made with. It names the dispute on the
 * refund, so the refund's records and emails can tell it from a return's.
 *
 * @example
 * disputeRefundNote("DSP-000001") // "Dispute DSP-000001"
 */
export const disputeRefundNote = (disputeNumber: string) =>
  `Dispute ${disputeNumber}`

/**
 * A policy template's values for one dispute, the same for a reply started
 * from a template and for the message a resolution posts: the customer's
 * name, the order and RMA numbers, the amount (formatted like every amount
 * the customer reads) and the dispute's number. Unknown values are null.
 *
 * @example
 * disputeTemplateValues({ dispute, customer, order_display_id: 1042, rma_number: null, amount: 12.5 })
 */
export const disputeTemplateValues = (input: {
  dispute: { number: string; currency_code: string }
  customer?: { first_name?: string | null; last_name?: string | null } | null
  order_display_id?: number | string | null
  rma_number?: string | null
  amount?: number | null
}): TemplateValues => ({
  customer_name:
    [input.customer?.first_name, input.customer?.last_name]
      .filter(Boolean)
      .join(" ") || null,
  order_number: input.order_display_id ?? null,
  rma_number: input.rma_number ?? null,
  amount:
    input.amount === null || input.amount === undefined
      ? null
      : formatMoney(input.amount, input.dispute.currency_code, "en"),
  dispute_number: input.dispute.number,
})

/** Query fields `refundablePayment` needs on an order. */
export const ORDER_REFUND_FIELDS = [
  "payment_collections.payments.id",
  "payment_collections.payments.currency_code",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.raw_amount",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.raw_amount",
  "payment_collections.payments.refunds.note",
  "payment_collections.payments.refunds.created_at",
]

const sum = (rows?: Amount[] | null) =>
  (rows ?? []).reduce(
    (acc, row) =>
      MathBN.add(acc, MathBN.convert(row?.raw_amount ?? row?.amount ?? 0)),
    MathBN.convert(0)
  )

/**
 * The payment a dispute refund goes to and how much of it is still
 * refundable (captured − refunded), in major units. Of several captured
 * payments the one with the most left is used: Medusa refunds one payment
 * per refund, so that is the most one refund can give back.
 */
export const refundablePayment = (
  order: OrderForRefund
): { payment_id: string | null; refundable: number; refunded: number } => {
  let best: { payment_id: string | null; refundable: number } = {
    payment_id: null,
    refundable: 0,
  }
  let refunded = MathBN.convert(0)
  for (const collection of order.payment_collections ?? []) {
    for (const payment of collection.payments ?? []) {
      if (!payment || payment.canceled_at) {
        continue
      }
      const paymentRefunded = sum(payment.refunds)
      refunded = MathBN.add(refunded, paymentRefunded)
      const left = MathBN.sub(sum(payment.captures), paymentRefunded)
      const refundable = Math.max(0, Number(left.toFixed(4)))
      if (refundable > best.refundable) {
        best = { payment_id: payment.id, refundable }
      }
    }
  }
  return { ...best, refunded: Number(refunded.toFixed(4)) }
}
