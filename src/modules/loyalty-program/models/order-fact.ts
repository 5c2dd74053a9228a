import { model } from "@medusajs/framework/utils"

/**
 * One row per customer order the accrual saw, whatever it earned (0 for a
 * customer outside the program): the program report's purchase figures
 * (repeat purchase, orders without points) aggregate these instead of
 * reading Medusa's orders. Written by the accrual and reversal workflows
 * from the order as Query returns it; `points_earned` / `points_reversed`
 * are re-read from the ledger on every write, so a redelivered event or
 * events in any order leave the same row.
 */
const OrderFact = model
  .define("loyalty_order_fact", {
    id: model.id({ prefix: "lofact" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    currency_code: model.text().nullable(),
    // Items after discounts, without tax: what the points were earned on.
    amount: model.bigNumber().nullable(),
    // The customer's tier when the order was accrued (null: none, or an
    // order from before this table, backfilled).
    tier_id: model.text().nullable(),
    // Medusa's order.created_at: the report's periods are by placement.
    placed_at: model.dateTime(),
    points_earned: model.number().default(0),
    points_reversed: model.number().default(0),
    canceled_at: model.dateTime().nullable(),
    // The customer's previous and next orders (not canceled), kept on every
    // write: an order with no next one before the period's end is the
    // customer's last in the period, so a period's customers are counted
    // from those rows alone, without grouping its orders by customer.
    prev_placed_at: model.dateTime().nullable(),
    next_placed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    // One customer's orders, to relink them.
    { on: ["customer_id", "placed_at"], where: "deleted_at IS NULL" },
    // The period's orders and whether each earned, from the index alone.
    {
      on: ["placed_at", "points_earned"],
      where: "deleted_at IS NULL AND canceled_at IS NULL",
    },
    // Each customer's latest order: a period ending now reads only these.
    {
      name: "IDX_loyalty_order_fact_latest",
      on: ["placed_at", "customer_id", "prev_placed_at"],
      where:
        "deleted_at IS NULL AND canceled_at IS NULL AND next_placed_at IS NULL",
    },
    // A period ending earlier: the orders followed by one after its end.
    {
      name: "IDX_loyalty_order_fact_followed",
      on: ["next_placed_at", "placed_at", "customer_id", "prev_placed_at"],
      where:
        "deleted_at IS NULL AND canceled_at IS NULL AND next_placed_at IS NOT NULL",
    },
    // The orders without points, oldest first (normally few).
    {
      on: ["placed_at", "order_id"],
      where:
        "deleted_at IS NULL AND canceled_at IS NULL AND points_earned <= 0",
    },
  ])

export default OrderFact
