import { Module } from "@medusajs/framework/utils"
import ReturnDisputeModuleService from "./service"

export const RETURN_DISPUTE_MODULE = "return_dispute"

export default Module(RETURN_DISPUTE_MODULE, {
  service: ReturnDisputeModuleService,
})

export { ReturnDisputeModuleService }
export * from "./types"
export {
  computeDisputePriority,
  slaDueAt,
  disputeSettings,
} from "./utils/priority"
export {
  fillPolicyTemplate,
  findPlaceholders,
  POLICY_TEMPLATE_VARIABLES,
  renderPolicyTemplate,
} from "./utils/render-template"
export type {
  PolicyTemplateVariable,
  TemplateValues,
} from "./utils/render-template"
