import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "../../utils/options"
import type { WebhookSettings, WebhooksOptions } from "./types"

const count = (name: string, min: number) =>
  z
    .number({ error: `${name} must be a number` })
    .min(min, { error: `${name} must be ${min} or more` })
    .optional()

// Loose: options of other parts of the plugin sit next to these.
const Options = z.looseObject({
  webhooks: z
    .looseObject({
      allow_private_urls: z
        .union([z.boolean(), z.array(z.string())], {
          error:
            "webhooks.allow_private_urls must be true, false or a list of IP addresses",
        })
        .optional(),
      max_attempts: count("webhooks.max_attempts", 1),
      retry_base_ms: count("webhooks.retry_base_ms", 0),
      retry_max_ms: count("webhooks.retry_max_ms", 0),
      timeout_ms: count("webhooks.timeout_ms", 1),
      disable_after_failures: count("webhooks.disable_after_failures", 1),
    })
    .optional(),
})

/**
 * The webhook settings from the plugin options, with defaults: 8 attempts
 * over about 2 hours (30 s doubling, capped at 1 h), 10 s per attempt, an
 * endpoint disabled after 20 failed attempts in a row, private addresses
 * refused, `https` only in production. Bad values stop the app at boot.
 *
 * @example
 * webhookSettings({ webhooks: { allow_private_urls: ["127.0.0.1"] } })
 */
export const webhookSettings = (
  options?: WebhooksOptions,
  env: string | undefined = process.env.NODE_ENV
): WebhookSettings => {
  const o = parsePluginOptions(Options, options).webhooks
  return {
    allow_private_urls: o?.allow_private_urls ?? false,
    https_only: env === "production",
    max_attempts: Math.floor(o?.max_attempts ?? 8),
    retry_base_ms: o?.retry_base_ms ?? 30_000,
    retry_max_ms: o?.retry_max_ms ?? 3_600_000,
    timeout_ms: o?.timeout_ms ?? 10_000,
    disable_after_failures: Math.floor(o?.disable_after_failures ?? 20),
  }
}
