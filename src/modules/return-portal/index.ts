import { Module } from "@medusajs/framework/utils"
import ReturnPortalModuleService from "./service"

export const RETURN_PORTAL_MODULE = "return_portal"

export default Module(RETURN_PORTAL_MODULE, {
  service: ReturnPortalModuleService,
})

export { ReturnPortalModuleService }
export * from "./types"
export { portalSettings } from "./settings"
export {
  portalPageSettings,
  PORTAL_LOCALES,
  type PortalLocale,
  type PortalPageOptions,
  type PortalPageSettings,
} from "./page-settings"
