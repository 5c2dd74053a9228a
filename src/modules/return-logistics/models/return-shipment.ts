import { model } from "@medusajs/framework/utils"

/**
 * The parcel of an approved return: the label the carrier's provider issued
 * for the native return's fulfillment (tracking number, label PDF), how the
 * parcel leaves the customer (drop-off or a booked pickup) and how far it
 * got (`label_created` → `in_transit` → `delivered`, never backwards).
 * Linked to its return request by a module link (`src/links`).
 */
const ReturnShipment = model
  .define("return_shipment", {
    id: model.id({ prefix: "rship" }).primaryKey(),
    return_id: model.text(),
    fulfillment_id: model.text().nullable(),
    provider_id: model.text().nullable(),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    tracking_url: model.text().nullable(),
    label_url: model.text().nullable(),
    /** The label PDF in the File module, when the provider stored one there. */
    label_file_id: model.text().nullable(),
    method: model.enum(["drop_off", "pickup"]).default("drop_off"),
    /** The return shipping option's carrier can collect the parcel. */
    pickup_available: model.boolean().default(false),
    pickup_date: model.dateTime().nullable(),
    /**
     * Who last chose `method`: the customer (portal, store API) or staff
     * booking it for them (a CSR on the phone); null while nobody has.
     */
    method_chosen_by_type: model.enum(["customer", "admin"]).nullable(),
    /** The customer's or the admin user's id. */
    method_chosen_by: model.text().nullable(),
    status: model
      .enum(["label_created", "in_transit", "delivered"])
      .default("label_created"),
    in_transit_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["return_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["tracking_number"], where: "deleted_at IS NULL" },
  ])

export default ReturnShipment
