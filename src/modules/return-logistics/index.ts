import { Module } from "@medusajs/framework/utils"
import ReturnLogisticsModuleService from "./service"

export const RETURN_LOGISTICS_MODULE = "return_logistics"

export default Module(RETURN_LOGISTICS_MODULE, {
  service: ReturnLogisticsModuleService,
})

export { ReturnLogisticsModuleService }
export * from "./types"
