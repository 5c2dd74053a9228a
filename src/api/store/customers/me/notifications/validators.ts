import { z } from "@medusajs/framework/zod"
import { booleanParam, listParams } from "../../../../utils/validators"

export type StoreGetNotificationsParamsType = z.infer<
  typeof StoreGetNotificationsParams
>
export const StoreGetNotificationsParams = listParams({
  limit: 20,
  order: "-created_at",
  sortable: ["created_at", "read_at"],
}).extend({
  unread: booleanParam("unread").optional(),
})

export type StoreUpdateNotificationPreferencesType = z.infer<
  typeof StoreUpdateNotificationPreferences
>
export const StoreUpdateNotificationPreferences = z.strictObject({
  marketing_opt_out: z.boolean({
    error: "marketing_opt_out must be true or false",
  }),
})

export type StoreMarkNotificationReadType = z.infer<
  typeof StoreMarkNotificationRead
>
/** Marking read takes no options. */
export const StoreMarkNotificationRead = z.strictObject({})
