import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ResendNotificationProviderService } from "./service"

export type { ResendProviderOptions } from "./service"
export {
  ResendNotificationProviderService,
  resendIdempotencyKey,
} from "./service"

/**
 * Resend Notification Module provider. Add it to the Notification module's
 * `providers` as `medusa-plugin-rms/providers/resend` with
 * `options: { channels: ["email"], api_key, from }`. It only sends: the
 * templates it renders live in `src/emails` (`medusa-plugin-rms/emails`).
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [ResendNotificationProviderService],
})
