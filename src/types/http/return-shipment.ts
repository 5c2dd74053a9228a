/** The parcel of an approved return: its label, tracking and pickup. */
export type ReturnShipment = {
  id: string
  carrier: string | null
  tracking_number: string | null
  tracking_url: string | null
  /** The printable label (a PDF), when the carrier's provider issued one. */
  label_url: string | null
  /** `drop_off` at a service point, or `pickup` at the customer's address. */
  method: "drop_off" | "pickup"
  /** The return shipping option's carrier can collect the parcel. */
  pickup_available: boolean
  pickup_date: string | null
  /**
   * Who chose `method`: the customer, or customer service booking it for
   * them (`admin`); null while nobody has (a drop-off by default).
   */
  method_chosen_by_type: "customer" | "admin" | null
  status: "label_created" | "in_transit" | "delivered"
  in_transit_at: string | null
  delivered_at: string | null
  created_at: string
}

/** The fields of a `ReturnShipment` as Query reads them under `prefix`. */
export const returnShipmentFields = (prefix = "") =>
  [
    "id",
    "carrier",
    "tracking_number",
    "tracking_url",
    "label_url",
    "method",
    "pickup_available",
    "pickup_date",
    "method_chosen_by_type",
    "status",
    "in_transit_at",
    "delivered_at",
    "created_at",
  ].map((f) => `${prefix}${f}`)

/** The parcel as staff read it: also which admin user booked it. */
export type AdminReturnShipment = ReturnShipment & {
  /** The customer's or the admin user's id. */
  method_chosen_by: string | null
}

/** The fields of an `AdminReturnShipment` as Query reads them under `prefix`. */
export const adminReturnShipmentFields = (prefix = "") => [
  ...returnShipmentFields(prefix),
  `${prefix}method_chosen_by`,
]

/**
 * Body of `POST /admin/return-requests/:id/return-method` (and of the
 * store route of the same path): how the parcel leaves the customer.
 */
export type ReturnMethodBody =
  | { method: "drop_off" }
  | {
      method: "pickup"
      /** A day, "YYYY-MM-DD": tomorrow … 14 days ahead. */
      pickup_date: string
    }

/** Body of `POST /admin/return-shipments/tracking-events`. */
export type AdminReturnTrackingEventBody = {
  tracking_number: string
  status: "in_transit" | "delivered"
  /** When the carrier scanned it; now when left out. */
  occurred_at?: string
}

export type AdminReturnTrackingEventResponse = {
  return_shipment: ReturnShipment
  /** False when the shipment already was at this status or further. */
  moved: boolean
}
