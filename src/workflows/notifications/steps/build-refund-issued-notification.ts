import type { RefundIssuedData } from "../../../emails"
import { disputeRefundNote } from "../../disputes/utils"
import { createBuildNotificationStep } from "../create-build-notification-step"
import { loadReturnRmaNumber } from "../loaders"

/** `data` of Medusa's `payment.refunded`: the refunded payment. */
export type PaymentRefundedEventData = {
  id: string
}

type Dated = { created_at: string | Date }
const newest = <T extends Dated>(rows: (T | null | undefined)[]): T | null =>
  rows
    .filter((r): r is T => !!r)
    .sort(
      (a, b) =>
        new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
    )[0] ?? null

export const buildRefundIssuedNotificationStepId =
  "build-refund-issued-notification"

/**
 * Builds the `refund-issued` email from Medusa's own refund record: the
 * newest refund of the payment (`payment.refunded` names only the payment;
 * Medusa emits it at the end of the workflow that created that refund),
 * with its real amount and currency, and the RMA of the order's most
 * recent return: the plugin's return request when the return came from
 * one, else Medusa's return number (`#1042-R1`).
 *
 * Null (logged) for a refund on an order without any return (a
 * cancellation, a goodwill refund: not a return milestone), a refund a
 * dispute's resolution made (the `dispute-resolved` email names it), a
 * guest order, or a payment without refunds.
 *
 * @example
 * const message = buildRefundIssuedNotificationStep({ event, data: { id: "pay_123" } })
 */
export const buildRefundIssuedNotificationStep = createBuildNotificationStep(
  buildRefundIssuedNotificationStepId,
  { entity_type: "refund", template: "refund-issued", transactional: true },
  async (data: PaymentRefundedEventData, { query, skip }) => {
    const {
      data: [payment],
    } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "currency_code",
        "refunds.id",
        "refunds.amount",
        "refunds.note",
        "refunds.created_at",
        "payment_collection.order.id",
        "payment_collection.order.display_id",
        "payment_collection.order.customer_id",
        "payment_collection.order.returns.id",
        "payment_collection.order.returns.display_id",
        "payment_collection.order.returns.created_at",
      ],
      filters: { id: data.id },
    })
    const refund = newest(
      (payment?.refunds ?? []) as unknown as ({
        id: string
        amount: unknown
        note: string | null
      } & Dated)[]
    )
    const order = (
      payment?.payment_collection as unknown as {
        order?: {
          id: string
          display_id: number | null
          customer_id: string | null
          returns?: ({ id: string; display_id: number } & Dated)[] | null
        } | null
      } | null
    )?.order
    if (!payment || !refund || !order) {
      return null
    }
    if (!order.customer_id) {
      return skip(`refund ${refund.id} is on a guest order, no notification`)
    }
    // A dispute's refund is the dispute's news: its resolved email names
    // the amount. Worded as a return's refund, it would name a return the
    // dispute may not be about.
    const { data: disputes } = await query.graph({
      entity: "dispute",
      fields: ["id", "number", "refund_ids"],
      filters: { order_id: order.id },
    })
    const byDispute = (
      disputes as unknown as {
        number: string
        refund_ids: string[] | null
      }[]
    ).find(
      (d) =>
        (d.refund_ids ?? []).includes(refund.id) ||
        refund.note === disputeRefundNote(d.number)
    )
    if (byDispute) {
      return skip(
        `refund ${refund.id} was made by dispute ${byDispute.number}, its resolved email tells the customer; no refund email`
      )
    }

    const lastReturn = newest(order.returns ?? [])
    if (!lastReturn) {
      return skip(
        `refund ${refund.id} is not for a return (order ${order.id} has none), no refund email`
      )
    }

    const templateData: Omit<RefundIssuedData, "store"> & {
      order_display_id: number | null
    } = {
      rma_number: await loadReturnRmaNumber(
        query,
        lastReturn,
        order.display_id
      ),
      order_display_id: order.display_id ?? null,
      amount: Number(refund.amount),
      currency_code: payment.currency_code,
      // A refund through the payment provider goes back to what was paid with.
      method: "original_payment",
    }

    return {
      entity_id: refund.id,
      customer_id: order.customer_id,
      data: templateData,
    }
  }
)
