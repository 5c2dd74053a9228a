import { model } from "@medusajs/framework/utils"
import Tier from "./tier"
import PointsEntry from "./points-entry"
import Redemption from "./redemption"
import TierChange from "./tier-change"

/**
 * One per customer (linked to Medusa's Customer). Balances are derived from
 * the ledger and kept here so reads and the redemption lock need one row.
 */
const LoyaltyAccount = model
  .define("loyalty_account", {
    id: model.id({ prefix: "lacc" }).primaryKey(),
    customer_id: model.text(),
    tier: model.belongsTo(() => Tier, { mappedBy: undefined }).nullable(),
    points_available: model.number().default(0),
    points_pending: model.number().default(0),
    // Points reversed after they were spent: owed back before new points
    // become available.
    points_debt: model.number().default(0),
    lifetime_spend: model.bigNumber().default(0),
    orders_in_period: model.number().default(0),
    tier_evaluated_at: model.dateTime().nullable(),
    // When the customer first fell below their tier; downgrade waits a grace.
    below_tier_since: model.dateTime().nullable(),
    tier_locked: model.boolean().default(false),
    tier_lock_reason: model.text().nullable(),
    tier_lock_expires_at: model.dateTime().nullable(),
    tier_locked_by: model.text().nullable(),
    entries: model.hasMany(() => PointsEntry, { mappedBy: "account" }),
    redemptions: model.hasMany(() => Redemption, { mappedBy: "account" }),
    tier_changes: model.hasMany(() => TierChange, { mappedBy: "account" }),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["tier_id"] },
  ])
  .checks([
    {
      name: "loyalty_account_points_non_negative",
      expression: (c) =>
        `${c.points_available} >= 0 AND ${c.points_pending} >= 0 AND ${c.points_debt} >= 0`,
    },
  ])

export default LoyaltyAccount
