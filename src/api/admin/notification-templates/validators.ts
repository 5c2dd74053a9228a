import { z } from "@medusajs/framework/zod"
import { boundedString } from "../../utils/validators"
import { supportedLanguages } from "../../../emails/i18n"

const locale = boundedString("locale", 35)
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, {
    error: "locale must be a language tag such as en or fr-FR",
  })
  .refine(
    (value) => supportedLanguages.includes(value.slice(0, 2).toLowerCase()),
    {
      error: `locale must be one of ${supportedLanguages.join(", ")} (optionally with a region, e.g. fr-FR)`,
    }
  )

export type AdminGetNotificationTemplatePreviewParamsType = z.infer<
  typeof AdminGetNotificationTemplatePreviewParams
>
export const AdminGetNotificationTemplatePreviewParams = z.strictObject({
  locale: locale.optional(),
})

export type AdminSendTestNotificationType = z.infer<
  typeof AdminSendTestNotification
>
export const AdminSendTestNotification = z.strictObject({
  to: z
    .email({ error: "to must be an email address" })
    .max(254, { error: "to must be at most 254 characters" }),
  locale: locale.optional(),
})
