import type { RefundIssuedData } from "../../../emails"
import type { ReturnRequestEventData } from "./build-return-request-notification"
import { createBuildNotificationStep } from "../create-build-notification-step"

/** `data` of `return_request.store_credit_issued`, like every `return_request.*` event. */
export type StoreCreditIssuedEventData = ReturnRequestEventData

type IssuedCredit = {
  kind: "store_credit_account" | "promotion"
  amount: number
  currency_code: string
  code: string | null
}

export const buildStoreCreditRefundNotificationStepId =
  "build-store-credit-refund-notification"

/**
 * Builds the `refund-issued` email of a return refunded in store credit,
 * from the credit recorded on the request when it was issued: the refund,
 * the tier's bonus on top (from the request's refund estimate), the
 * currency, and the promotion code when the credit is one. Null when the
 * request is gone or has no credit recorded.
 *
 * @example
 * const message = buildStoreCreditRefundNotificationStep({ event, data: { id: "rreq_123" } })
 */
export const buildStoreCreditRefundNotificationStep =
  createBuildNotificationStep(
    buildStoreCreditRefundNotificationStepId,
    {
      entity_type: "return_request",
      template: "refund-issued",
      transactional: true,
    },
    async (data: StoreCreditIssuedEventData, { query }) => {
      const {
        data: [request],
      } = await query.graph({
        entity: "return_request",
        fields: [
          "id",
          "rma_number",
          "customer_id",
          "refund_estimate",
          "metadata",
        ],
        filters: { id: data.id },
      })
      const credit = (request?.metadata as Record<string, unknown> | null)
        ?.store_credit as IssuedCredit | undefined
      if (!request || !credit || !(Number(credit.amount) > 0)) {
        return null
      }
      const estimate = (request.refund_estimate ?? {}) as {
        store_credit_bonus?: number | string | null
      }
      const issued = Number(credit.amount)
      // The credit is refund + bonus: show them apart, never more bonus than
      // what was credited.
      const bonus = Math.min(Number(estimate.store_credit_bonus ?? 0), issued)

      const templateData: Omit<RefundIssuedData, "store"> = {
        rma_number: request.rma_number,
        amount: Math.round((issued - bonus) * 100) / 100,
        currency_code: credit.currency_code,
        method: "store_credit",
        store_credit_bonus: bonus,
        store_credit_code: credit.kind === "promotion" ? credit.code : null,
      }

      return {
        entity_id: request.id,
        customer_id: request.customer_id,
        data: templateData,
      }
    }
  )
