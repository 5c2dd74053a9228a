import { Module } from "@medusajs/framework/utils"
import CustomerNotificationModuleService from "./service"

export const CUSTOMER_NOTIFICATION_MODULE = "customer_notification"

export default Module(CUSTOMER_NOTIFICATION_MODULE, {
  service: CustomerNotificationModuleService,
})

export { CustomerNotificationModuleService }
export * from "./types"
export { notificationSettings } from "./settings"
export {
  portalSettings,
  PORTAL_LOCALES,
  type PortalLocale,
  type PortalOptions,
  type PortalSettings,
} from "./portal-settings"
