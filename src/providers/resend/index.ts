import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ResendNotificationProviderService } from "./service"

export type { ResendProviderOptions } from "./service"
export {
  ResendNotificationProviderService,
  resendIdempotencyKey,
} from "./service"
export { renderTemplate, templateNames, templates } from "./emails"
export type { TemplateDataMap, TemplateName } from "./emails"

/**
 * Resend Notification Module provider. Add it to the Notification module's
 * `providers` as `medusa-plugin-rms/providers/resend` with
 * `options: { channels: ["email"], api_key, from }`.
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [ResendNotificationProviderService],
})
