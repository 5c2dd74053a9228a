import {
  transform,
  when,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setNativeReturnStep } from "../return-policy/steps/set-native-return"
import { createNativeExchangeWorkflow } from "./create-native-exchange"
import { setExchangeMetadataStep } from "./steps/set-exchange-metadata"
import { exchangeMetadata, exchangeOf, ExchangeEvents } from "./shapes"

type ApprovedRequest = {
  id: string
  order_id: string
  return_id?: string | null
  metadata?: unknown
}

/**
 * The exchange branch of a reviewer's approval, composed into
 * `approveReturnRequestWorkflow`: a request that asked for an exchange and
 * has none yet becomes the native Medusa exchange it planned (with the
 * return, location and delivery option recorded at request time), its
 * metadata gets Medusa's figures, and `return_request.exchange_approved`
 * is emitted. Any other request: nothing.
 *
 * @example
 * const exchange = approveExchangeOnReview({ request, decided_by: input.decided_by })
 */
export const approveExchangeOnReview = (data: {
  request: WorkflowData<ApprovedRequest>
  decided_by: WorkflowData<string> | string
}) =>
  when(
    "create-native-exchange",
    { request: data.request },
    ({ request }) =>
      !request.return_id &&
      !exchangeOf(request.metadata)?.exchange_id &&
      !!exchangeOf(request.metadata)
  ).then(() => {
    const created = createNativeExchangeWorkflow.runAsStep({
      input: transform(
        { request: data.request, decided_by: data.decided_by },
        ({ request, decided_by }) => {
          const meta = (request.metadata ?? {}) as Record<string, unknown>
          const exchange = exchangeOf(meta)!
          return {
            order_id: request.order_id,
            created_by: decided_by,
            lines: exchange.lines,
            location_id: (meta.return_location_id as string | null) ?? null,
            return_shipping_option_id:
              (meta.return_shipping_option_id as string | null) ?? null,
            outbound_shipping_option_id: exchange.outbound_shipping_option_id,
            instant: exchange.instant,
            difference: exchange.difference,
          }
        }
      ),
    })
    setNativeReturnStep(
      transform({ request: data.request, created }, ({ request, created }) => ({
        request_id: request.id,
        return_id: created.return_id as string,
      }))
    ).config({ name: "set-exchange-return" })
    setExchangeMetadataStep(
      transform({ request: data.request, created }, ({ request, created }) => ({
        request_id: request.id,
        changes: exchangeMetadata(
          {
            ...exchangeOf(request.metadata)!,
            plan: exchangeOf(request.metadata)!,
          },
          created
        ),
      }))
    )
    emitEventStep({
      eventName: ExchangeEvents.APPROVED,
      data: transform(
        { request: data.request, created },
        ({ request, created }) => ({
          id: request.id,
          order_id: request.order_id,
          exchange_id: created.exchange_id,
          difference: created.difference,
          net_difference: exchangeOf(request.metadata)!.net_difference,
          currency_code: exchangeOf(request.metadata)!.currency_code,
        })
      ),
    }).config({ name: "emit-exchange-approved" })
    return created
  })
