/** A loyalty reward's fields customers read: the store catalogue's defaults. */
export const rewardFields = [
  "id",
  "name",
  "description",
  "points_cost",
  "kind",
  "value",
  "currency_code",
  "min_tier_rank",
  "stock",
  "valid_days",
]
