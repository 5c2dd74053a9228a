/** How far a return parcel got, in order. */
export const SHIPMENT_STATUSES = [
  "label_created",
  "in_transit",
  "delivered",
] as const
export type ReturnShipmentStatus = (typeof SHIPMENT_STATUSES)[number]

/** The tracking updates a carrier or the merchant's system reports. */
export type TrackingStatus = Exclude<ReturnShipmentStatus, "label_created">

export type ReturnShipmentMethod = "drop_off" | "pickup"
