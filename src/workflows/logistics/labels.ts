import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { graphOrderRelated } from "../utils/order-related"

type Query = Omit<RemoteQueryFunction, symbol>

/** The carrier label of a fulfillment, as the plugin stores and shows it. */
export type FulfillmentLabel = {
  fulfillment_id: string
  provider_id: string | null
  carrier: string | null
  tracking_number: string | null
  tracking_url: string | null
  label_url: string | null
  /** Set by providers that store the PDF with the File module (rms-labels). */
  label_file_id: string | null
  /** The shipping option's carrier can also collect the parcel. */
  pickup_available: boolean
}

type FulfillmentWithLabels = {
  id: string
  provider_id?: string | null
  data?: Record<string, unknown> | null
  labels?:
    | ({
        tracking_number?: string | null
        tracking_url?: string | null
        label_url?: string | null
      } | null)[]
    | null
}

/** The Query fields `labelOfFulfillments` reads, under `prefix`. */
export const fulfillmentLabelFields = (prefix = "") =>
  [
    "id",
    "provider_id",
    "data",
    "labels.tracking_number",
    "labels.tracking_url",
    "labels.label_url",
  ].map((f) => `${prefix}${f}`)

const text = (value: unknown) =>
  typeof value === "string" && value.trim() ? value : null

/**
 * The first label with a tracking number or a label URL among these
 * fulfillments, with what the provider put in the fulfillment's `data`
 * (`carrier`, `label_file_id`, `pickup_available`). Null when no provider
 * issued a label (Medusa's manual provider issues none).
 *
 * Any fulfillment works: a return's (`return.fulfillments`) or an order's
 * outbound one (an exchange's new item), read with `fulfillmentLabelFields`.
 *
 * @example
 * const { data: [ret] } = await query.graph({
 *   entity: "return", fields: fulfillmentLabelFields("fulfillments."), filters: { id },
 * })
 * const label = labelOfFulfillments(ret?.fulfillments)
 */
export const labelOfFulfillments = (
  fulfillments: (FulfillmentWithLabels | null)[] | null | undefined
): FulfillmentLabel | null => {
  for (const fulfillment of fulfillments ?? []) {
    const label = (fulfillment?.labels ?? []).find(
      (l) => text(l?.tracking_number) || text(l?.label_url)
    )
    if (!fulfillment || !label) {
      continue
    }
    const data = fulfillment.data ?? {}
    return {
      fulfillment_id: fulfillment.id,
      provider_id: fulfillment.provider_id ?? null,
      carrier: text(data.carrier),
      tracking_number: text(label.tracking_number),
      tracking_url: text(label.tracking_url),
      label_url: text(label.label_url),
      label_file_id: text(data.label_file_id),
      pickup_available: data.pickup_available === true,
    }
  }
  return null
}

/**
 * The label of a native return (its return fulfillment), or null.
 *
 * @example
 * const label = await loadReturnLabel(query, "return_123")
 */
export const loadReturnLabel = async (
  query: Query,
  returnId: string
): Promise<FulfillmentLabel | null> => {
  const {
    data: [found],
  } = await graphOrderRelated(
    query,
    "return",
    fulfillmentLabelFields("fulfillments."),
    [returnId]
  )
  return labelOfFulfillments(
    (found as { fulfillments?: FulfillmentWithLabels[] } | undefined)
      ?.fulfillments
  )
}

/**
 * The label of one fulfillment (e.g. an exchange's outbound parcel), or null.
 *
 * @example
 * const label = await loadFulfillmentLabel(query, "ful_123")
 */
export const loadFulfillmentLabel = async (
  query: Query,
  fulfillmentId: string
): Promise<FulfillmentLabel | null> => {
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: fulfillmentLabelFields(),
    filters: { id: fulfillmentId },
  })
  return labelOfFulfillments(data as unknown as FulfillmentWithLabels[])
}
