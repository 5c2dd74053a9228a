import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type StoreGetNotificationsParamsType = z.infer<
  typeof StoreGetNotificationsParams
>
export const StoreGetNotificationsParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "-created_at",
}).extend({
  unread: z
    .union([z.boolean(), z.enum(["true", "false"])], {
      error: "unread must be true or false",
    })
    .transform((v) => v === true || v === "true")
    .optional(),
})

export type StoreUpdateNotificationPreferencesType = z.infer<
  typeof StoreUpdateNotificationPreferences
>
export const StoreUpdateNotificationPreferences = z.strictObject({
  marketing_opt_out: z.boolean({
    error: "marketing_opt_out must be true or false",
  }),
})
