import { z } from "@medusajs/framework/zod"
import {
  boundedArray,
  boundedDate,
  idFilter,
  idString,
  int32,
  MAX_LENGTH,
  requiredString,
  searchListParams,
} from "../../../utils/validators"

export type AdminGetAccountsParamsType = z.infer<typeof AdminGetAccountsParams>
export const AdminGetAccountsParams = searchListParams({
  limit: 50,
  order: "-created_at",
  sortable: [
    "created_at",
    "updated_at",
    "points_available",
    "lifetime_spend",
    "orders_in_period",
  ],
}).extend({
  // `q` searches the customer's email.
  tier_id: z
    .union([idFilter("tier_id"), boundedArray("tier_id", idFilter("tier_id"))])
    .optional(),
})

/** The ledger's parameters are the store's: one definition in utils. */
export { LedgerListParams as AdminGetAccountPointsParams } from "../../../utils/customer-ledger"

const reason = requiredString("reason", MAX_LENGTH.note, 3)

export type AdminAdjustPointsType = z.infer<typeof AdminAdjustPoints>
export const AdminAdjustPoints = z.strictObject({
  points: int32("points").refine((p) => p !== 0, {
    error: "points must not be 0",
  }),
  reason,
})

export type AdminLockTierType = z.infer<typeof AdminLockTier>
export const AdminLockTier = z.strictObject({
  tier_id: idString("tier_id"),
  reason,
  expires_at: boundedDate("expires_at")
    .refine((d) => d.getTime() > Date.now(), {
      error: "expires_at must be in the future",
    })
    .nullish(),
})
