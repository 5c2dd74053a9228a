import { Module } from "@medusajs/framework/utils"
import ReturnPolicyModuleService from "./service"

export const RETURN_POLICY_MODULE = "return_policy"

export default Module(RETURN_POLICY_MODULE, {
  service: ReturnPolicyModuleService,
})

export { ReturnPolicyModuleService }
export * from "./types"
export { toPolicySnapshot, toReasonSnapshot } from "./utils/snapshots"
