import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  emitEventStep,
  refundPaymentWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { findReturnRequestByReturnStep } from "../return-policy/steps/find-return-request-by-return"
import { setExchangeMetadataStep } from "./steps/set-exchange-metadata"
import { exchangeOf, ExchangeEvents } from "./shapes"

export type ReceiveExchangeReturnWorkflowInput = {
  order_id: string
  return_id: string
}

/** The note of an exchange's surplus refund: how a retry finds it done. */
export const surplusRefundNote = (exchangeId: string) =>
  `Exchange ${exchangeId}: surplus refunded`

export const receiveExchangeReturnWorkflowId = "receive-exchange-return"

/**
 * The old item of an exchange is back (Medusa's `order.return_received` on
 * the exchange's return): an exchange that waited for it ships the new
 * items now (the outbound fulfillment, from the return's location), and
 * a surplus (the new item cost less) is refunded on the order's captured
 * payment, now that Medusa's balance owes it, and
 * `return_request.exchange_received` is emitted. Returns of refund
 * requests, and exchanges already shipped on an earlier receipt, are left
 * alone apart from the event.
 *
 * @example
 * await receiveExchangeReturnWorkflow(container).run({ input: { order_id, return_id } })
 */
export const receiveExchangeReturnWorkflow = createWorkflow(
  receiveExchangeReturnWorkflowId,
  (input: ReceiveExchangeReturnWorkflowInput) => {
    // A second delivery of the event waits, then reads what the first did.
    const lockKey = transform(
      { input },
      ({ input }) => `exchange-receipt:${input.return_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const found = findReturnRequestByReturnStep({ return_id: input.return_id })
    const exchange = transform({ found }, ({ found }) =>
      found ? exchangeOf(found.metadata) : null
    )
    // Medusa's refunds, not a flag of ours, tell whether the surplus went
    // back: the note names the exchange, so each exchange refunds once.
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "payment_collections.payments.id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.refunds.note",
      ],
      filters: { id: input.order_id },
    }).config({ name: "get-order-payments" })
    const surplus = transform({ orders, exchange }, ({ orders, exchange }) => {
      if (!exchange?.exchange_id || !(exchange.difference < 0)) {
        return null
      }
      const note = surplusRefundNote(exchange.exchange_id)
      const payments = (orders[0]?.payment_collections ?? []).flatMap(
        (c) => c?.payments ?? []
      )
      const done = payments.some((p) =>
        (p?.refunds ?? []).some((r) => r?.note === note)
      )
      const payment = payments.find((p) => !!p?.captured_at)
      return done
        ? null
        : {
            payment_id: payment?.id as string,
            amount: -exchange.difference,
            note,
          }
    })

    const shipped = when("ship-on-receipt", { exchange }, ({ exchange }) => {
      return !!exchange?.exchange_id && !exchange.fulfillment_id
    }).then(() => {
      const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
        input: transform(
          { input, found, exchange },
          ({ input, found, exchange }) => ({
            order_id: input.order_id,
            location_id:
              ((found!.metadata as Record<string, unknown>)
                .return_location_id as string | null) ?? undefined,
            items: exchange!.new_items,
          })
        ),
      })
      return fulfillment
    })

    const refunded = when("refund-surplus", { surplus }, ({ surplus }) => {
      return !!surplus
    }).then(() => {
      refundPaymentWorkflow.runAsStep({
        input: transform({ surplus }, ({ surplus }) => surplus!),
      })
      return surplus
    })

    // One write for both branches: they may run side by side.
    when(
      "record-exchange-receipt",
      { exchange, shipped, refunded },
      ({ exchange, shipped, refunded }) =>
        !!exchange?.exchange_id && (!!shipped || !!refunded)
    ).then(() => {
      setExchangeMetadataStep(
        transform(
          { found, shipped, refunded },
          ({ found, shipped, refunded }) => ({
            request_id: found!.id,
            changes: {
              ...(shipped
                ? { fulfillment_id: (shipped as { id: string }).id }
                : {}),
              ...(refunded ? { refunded: refunded.amount } : {}),
            },
          })
        )
      )
    })

    when("exchange-received", { exchange }, ({ exchange }) => {
      return !!exchange?.exchange_id
    }).then(() => {
      emitEventStep({
        eventName: ExchangeEvents.RECEIVED,
        data: transform(
          { found, input, shipped, refunded },
          ({ found, input, shipped, refunded }) => ({
            id: found!.id,
            order_id: input.order_id,
            return_id: input.return_id,
            // What this receipt did, not a second reading of the data.
            shipped_now: !!shipped,
            refunded: refunded?.amount ?? 0,
          })
        ),
      })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ found, shipped }, ({ found, shipped }) => ({
        request_id: found?.id ?? null,
        fulfillment_id: (shipped as { id?: string } | undefined)?.id ?? null,
      }))
    )
  }
)
