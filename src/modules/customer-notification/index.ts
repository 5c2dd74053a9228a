import { Module } from "@medusajs/framework/utils"
import CustomerNotificationModuleService from "./service"

export const CUSTOMER_NOTIFICATION_MODULE = "customer_notification"

export default Module(CUSTOMER_NOTIFICATION_MODULE, {
  service: CustomerNotificationModuleService,
})

export { CustomerNotificationModuleService }
export * from "./types"
export { notificationSettings } from "./settings"
