import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type AdminGetAccountsParamsType = z.infer<typeof AdminGetAccountsParams>
export const AdminGetAccountsParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "-created_at",
}).extend({
  /** Searches the customer's email. */
  q: z.string().optional(),
  tier_id: z.union([z.string(), z.array(z.string())]).optional(),
})

export type AdminGetAccountPointsParamsType = z.infer<
  typeof AdminGetAccountPointsParams
>
export const AdminGetAccountPointsParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "-created_at",
})

const reason = z
  .string({ error: "reason is required" })
  .trim()
  .min(3, { error: "reason is required (at least 3 characters)" })

export type AdminAdjustPointsType = z.infer<typeof AdminAdjustPoints>
export const AdminAdjustPoints = z.strictObject({
  points: z
    .number({ error: "points must be a whole number" })
    .int({ error: "points must be a whole number" })
    .refine((p) => p !== 0, { error: "points must not be 0" }),
  reason,
})

export type AdminLockTierType = z.infer<typeof AdminLockTier>
export const AdminLockTier = z.strictObject({
  tier_id: z
    .string({ error: "tier_id is required" })
    .min(1, { error: "tier_id is required" }),
  reason,
  expires_at: z.coerce
    .date({ error: "expires_at must be a date" })
    .refine((d) => d.getTime() > Date.now(), {
      error: "expires_at must be in the future",
    })
    .nullish(),
})
