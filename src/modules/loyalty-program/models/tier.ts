import { model } from "@medusajs/framework/utils"
import { atLeast, nullOrAtLeast } from "../../../utils/checks"

/**
 * A loyalty tier. Customers qualify for the highest-ranked tier whose
 * thresholds they meet; a threshold left null does not take part.
 */
const Tier = model
  .define("loyalty_tier", {
    id: model.id({ prefix: "ltier" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    // Higher rank = better tier. Unique so "the next tier" is unambiguous.
    rank: model.number(),
    min_lifetime_spend: model.bigNumber().nullable(),
    min_orders: model.number().nullable(),
    min_points: model.number().nullable(),
    benefits: model.json().default({}),
    points_multiplier: model.float().default(1),
    // Qualifying period for min_orders / min_lifetime_spend: null = lifetime.
    period_days: model.number().nullable(),
  })
  .indexes([
    {
      on: ["rank"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      on: ["name"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
  .checks([
    atLeast("loyalty_tier_rank_non_negative", "rank"),
    nullOrAtLeast("loyalty_tier_min_orders_non_negative", "min_orders"),
    nullOrAtLeast("loyalty_tier_min_points_non_negative", "min_points"),
  ])

export default Tier
