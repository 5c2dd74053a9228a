import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  beginExchangeOrderWorkflow,
  confirmExchangeRequestWorkflow,
  createExchangeShippingMethodWorkflow,
  createOrderFulfillmentWorkflow,
  createOrUpdateOrderPaymentCollectionWorkflow,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { ORDER_RELATED_PAGE_OF_ONE } from "../utils/order-related"

export type CreateNativeExchangeWorkflowInput = {
  order_id: string
  created_by: string
  /** Returned lines and the variant each one is exchanged for. */
  lines: { line_item_id: string; quantity: number; variant_id: string }[]
  location_id?: string | null
  return_shipping_option_id?: string | null
  outbound_shipping_option_id?: string | null
  /** Ship the new items now, before the old ones are back. */
  instant: boolean
  /** The plan's difference: > 0 the customer pays it, < 0 refunded on receipt. */
  difference: number
  note?: string | null
}

export type NativeExchangeResult = {
  exchange_id: string
  return_id: string | null
  /** The order lines Medusa created for the new items. */
  new_items: { id: string; quantity: number }[]
  /** > 0 owed through the payment collection, < 0 refunded on receipt. */
  difference: number
  payment_collection_id: string | null
  refunded: number
  fulfillment_id: string | null
}

export const createNativeExchangeWorkflowId = "create-rms-native-exchange"

const num = (v: unknown) => Number(v ?? 0)

/**
 * A native Medusa exchange (an order change of type exchange) built with
 * core-flows: begin, the returned items, the new items, free shipping both
 * ways (the store keeps the sale), confirm. Medusa then reserves the new
 * items and opens the order's payment collection for the new items; the
 * old item only counts for Medusa once received, so the collection is set
 * to the difference the customer owes (0 when the credit covers it). A
 * surplus is refunded when the old item is back
 * (`receiveExchangeReturnWorkflow`), when Medusa's own balance owes it. An instant
 * exchange also creates the outbound fulfillment now; otherwise it ships
 * when the old item is received (`shipExchangeOnReceiptWorkflow`). Each
 * core workflow runs as a step, so a failure undoes the ones before it.
 *
 * @example
 * const { result } = await createNativeExchangeWorkflow(container).run({
 *   input: { order_id, created_by: "user_1", instant: false, lines: [{ line_item_id, quantity: 1, variant_id }] },
 * })
 */
export const createNativeExchangeWorkflow = createWorkflow(
  createNativeExchangeWorkflowId,
  (input: CreateNativeExchangeWorkflowInput) => {
    const change = beginExchangeOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        created_by: input.created_by,
        internal_note: input.note ?? undefined,
      })),
    })
    const exchangeId = transform(
      { change },
      ({ change }) => change.exchange_id as string
    )

    orderExchangeRequestItemReturnWorkflow.runAsStep({
      input: transform({ input, exchangeId }, ({ input, exchangeId }) => ({
        exchange_id: exchangeId,
        // Medusa creates the exchange's return on the first returned item.
        return_id: undefined as unknown as string,
        location_id: input.location_id ?? undefined,
        items: input.lines.map((l) => ({
          id: l.line_item_id,
          quantity: l.quantity,
        })),
      })),
    })
    orderExchangeAddNewItemWorkflow.runAsStep({
      input: transform({ input, exchangeId }, ({ input, exchangeId }) => ({
        exchange_id: exchangeId,
        items: input.lines.map((l) => ({
          variant_id: l.variant_id,
          quantity: l.quantity,
        })),
      })),
    })

    const { data: exchanges } = useQueryGraphStep({
      entity: "order_exchange",
      fields: ["id", "return_id"],
      filters: transform({ exchangeId }, ({ exchangeId }) => ({
        id: exchangeId,
      })),
      pagination: ORDER_RELATED_PAGE_OF_ONE,
    }).config({ name: "get-exchange-return" })

    // Without an outbound method Medusa reserves nothing for the new items.
    when("outbound-shipping", { input }, ({ input }) => {
      return !!input.outbound_shipping_option_id
    }).then(() => {
      createExchangeShippingMethodWorkflow
        .runAsStep({
          input: transform({ input, exchangeId }, ({ input, exchangeId }) => ({
            exchange_id: exchangeId,
            shipping_option_id: input.outbound_shipping_option_id!,
            custom_amount: 0,
          })),
        })
        .config({ name: "exchange-outbound-shipping" })
    })
    when("return-shipping", { input, exchanges }, ({ input, exchanges }) => {
      return !!input.return_shipping_option_id && !!exchanges[0]?.return_id
    }).then(() => {
      createExchangeShippingMethodWorkflow
        .runAsStep({
          input: transform(
            { input, exchangeId, exchanges },
            ({ input, exchangeId, exchanges }) => ({
              exchange_id: exchangeId,
              return_id: exchanges[0].return_id!,
              shipping_option_id: input.return_shipping_option_id!,
              custom_amount: 0,
            })
          ),
        })
        .config({ name: "exchange-return-shipping" })
    })

    confirmExchangeRequestWorkflow.runAsStep({
      input: transform({ input, exchangeId }, ({ input, exchangeId }) => ({
        exchange_id: exchangeId,
        confirmed_by: input.created_by,
      })),
    })

    // The collection asks for what the order's balance says is owed once the
    // exchange is confirmed: the difference, less anything the store still
    // owes the customer on this order (an outstanding refund nets it, and
    // then nothing is collected). No `amount`: Medusa refuses one above
    // that balance ("Amount cannot be greater than …") instead of netting.
    const collection = createOrUpdateOrderPaymentCollectionWorkflow
      .runAsStep({
        input: transform({ input }, ({ input }) => ({
          order_id: input.order_id,
        })),
      })
      .config({ name: "exchange-payment-collection" })

    const { data: confirmed } = useQueryGraphStep({
      entity: "order_exchange",
      fields: [
        "id",
        "return_id",
        "additional_items.item_id",
        "additional_items.quantity",
      ],
      filters: transform({ exchangeId }, ({ exchangeId }) => ({
        id: exchangeId,
      })),
      pagination: ORDER_RELATED_PAGE_OF_ONE,
    }).config({ name: "get-confirmed-exchange" })

    const settled = transform(
      { confirmed, collection, input },
      ({ confirmed, collection, input }) => {
        const exchange = confirmed[0]
        const collections = (
          Array.isArray(collection) ? collection : [collection]
        ) as ({ id: string } | undefined)[]
        return {
          exchange_id: exchange.id,
          return_id: exchange.return_id ?? null,
          new_items: (exchange.additional_items ?? []).map((i) => ({
            id: i!.item_id,
            quantity: num(i!.quantity),
          })),
          difference: input.difference,
          payment_collection_id:
            input.difference > 0 ? (collections[0]?.id ?? null) : null,
        }
      }
    )

    const fulfillment = when("instant-exchange", { input }, ({ input }) => {
      return input.instant
    }).then(() => {
      return createOrderFulfillmentWorkflow.runAsStep({
        input: transform({ input, settled }, ({ input, settled }) => ({
          order_id: input.order_id,
          location_id: input.location_id ?? undefined,
          created_by: input.created_by,
          items: settled.new_items,
        })),
      })
    })

    const result = transform(
      { settled, fulfillment },
      ({ settled, fulfillment }): NativeExchangeResult => ({
        exchange_id: settled.exchange_id,
        return_id: settled.return_id,
        new_items: settled.new_items,
        difference: settled.difference,
        payment_collection_id: settled.payment_collection_id,
        refunded: 0,
        fulfillment_id:
          (fulfillment as { id?: string } | undefined)?.id ?? null,
      })
    )
    return new WorkflowResponse(result)
  }
)
