import { model } from "@medusajs/framework/utils"
import { above } from "../../../utils/checks"
import ReturnRequest from "./return-request"

/** One order line (or part of it) in a return request. */
const ReturnRequestItem = model
  .define("return_request_item", {
    id: model.id({ prefix: "rri" }).primaryKey(),
    request: model.belongsTo(() => ReturnRequest, { mappedBy: "items" }),
    line_item_id: model.text(),
    quantity: model.number(),
    reason_code: model.text(),
    condition: model.enum(["new", "opened", "damaged", "defective"]).nullable(),
    note: model.text().nullable(),
    refund_amount: model.bigNumber().default(0),
    restocking_fee: model.bigNumber().default(0),
  })
  .indexes([
    { on: ["line_item_id"] },
    // Items are created with their request, at its creation time: the
    // returns report selects a period's items by it.
    { on: ["created_at"] },
  ])
  .checks([
    above("return_request_item_quantity_positive", "quantity"),
    {
      name: "return_request_item_amounts_non_negative",
      expression: (c) => `${c.refund_amount} >= 0 AND ${c.restocking_fee} >= 0`,
    },
  ])

export default ReturnRequestItem
