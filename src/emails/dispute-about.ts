import type { Dictionary } from "./i18n"

/** What a dispute is about: a return (its RMA) or, without one, an order. */
export type DisputeReference = {
  /** The disputed return's RMA; absent for a dispute about an order. */
  rma_number?: string | null
  /** The order's number, used when there is no RMA. */
  order_display_id?: string | number | null
  dispute_number?: string | null
}

/**
 * "return RMA-1003", "order #1042", or "case DSP-000007", for subjects
 * and intros.
 */
export const disputeAbout = (
  data: DisputeReference,
  common: Dictionary["common"]
): string =>
  data.rma_number
    ? common.about_return(data.rma_number)
    : data.order_display_id
      ? common.about_order(`#${data.order_display_id}`)
      : common.about_dispute(data.dispute_number ?? "")

/**
 * The rows that say what a dispute is about: the return's RMA, or the
 * order's number when there is no RMA.
 */
export const disputeReferenceRows = (
  data: DisputeReference,
  common: Dictionary["common"]
): [label: string, value: string | null | undefined][] => [
  [common.rma, data.rma_number],
  [
    common.order,
    data.rma_number || !data.order_display_id
      ? null
      : `#${data.order_display_id}`,
  ],
]
