import { model } from "@medusajs/framework/utils"
import { above, nullOrAtLeast } from "../../../utils/checks"

/** A catalogue item customers redeem points for. */
const Reward = model
  .define("loyalty_reward", {
    id: model.id({ prefix: "lrwd" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    points_cost: model.number(),
    kind: model.enum(["amount_off", "percent_off", "free_shipping"]),
    value: model.bigNumber().default(0),
    currency_code: model.text().nullable(),
    min_tier_rank: model.number().nullable(),
    active: model.boolean().default(true),
    // null = unlimited
    stock: model.number().nullable(),
    valid_days: model.number().default(90),
  })
  .indexes([{ on: ["active"] }])
  .checks([
    above("loyalty_reward_cost_positive", "points_cost"),
    nullOrAtLeast("loyalty_reward_stock_non_negative", "stock"),
  ])

export default Reward
