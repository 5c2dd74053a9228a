import { Module } from "@medusajs/framework/utils"
import WebhooksModuleService from "./service"

export const WEBHOOKS_MODULE = "rms_webhooks"

export default Module(WEBHOOKS_MODULE, {
  service: WebhooksModuleService,
})

export { WebhooksModuleService }
export * from "./types"
export * from "./catalogue"
export * from "./signature"
export { webhookSettings } from "./settings"
export { checkWebhookUrl, isPrivateAddress } from "./utils/url-guard"
export { retryDelayMs } from "./utils/backoff"
export { postWebhook } from "./utils/post"
