import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "../../utils/options"
import type { ReturnPortalOptions, ReturnPortalSettings } from "./types"

const positive = (name: string) =>
  z
    .number({ error: `portal.${name} must be a number` })
    .int({ error: `portal.${name} must be a whole number` })
    .min(1, { error: `portal.${name} must be 1 or more` })
    .optional()

// Loose objects: options of other parts of the plugin sit next to these.
const PortalOptions = z.looseObject({
  portal: z
    .looseObject({
      code_ttl_minutes: positive("code_ttl_minutes"),
      session_ttl_minutes: positive("session_ttl_minutes"),
      max_wrong_codes: positive("max_wrong_codes"),
      codes_per_order_per_hour: positive("codes_per_order_per_hour"),
      attempts_per_order_per_hour: positive("attempts_per_order_per_hour"),
      requests_per_ip_per_hour: positive("requests_per_ip_per_hour"),
    })
    .optional(),
})

/**
 * The guest access settings from the plugin options, with defaults. A bad
 * value stops the app at boot with a message naming the option, rather
 * than leaving the portal without a limit.
 *
 * @example
 * portalSettings({ portal: { code_ttl_minutes: 10 } }).code_ttl_minutes // 10
 */
export const portalSettings = (
  options?: ReturnPortalOptions
): ReturnPortalSettings => {
  const o = parsePluginOptions(PortalOptions, options).portal
  return {
    code_ttl_minutes: o?.code_ttl_minutes ?? 15,
    session_ttl_minutes: o?.session_ttl_minutes ?? 120,
    max_wrong_codes: o?.max_wrong_codes ?? 5,
    codes_per_order_per_hour: o?.codes_per_order_per_hour ?? 5,
    attempts_per_order_per_hour: o?.attempts_per_order_per_hour ?? 20,
    requests_per_ip_per_hour: o?.requests_per_ip_per_hour ?? 30,
  }
}
