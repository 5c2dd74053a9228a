import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "../../utils/options"

/**
 * The customer return portal page's options, read from the plugin options'
 * `portal` key (next to the guest access options of `settings.ts`).
 */
export type PortalPageOptions = {
  portal?: {
    /** Shown in the header and the page title (default "Returns"). */
    name?: string | null
    /** An absolute http(s) URL of the logo shown in the header. */
    logo_url?: string | null
    /** Buttons, links and focus rings; a `#rrggbb` colour (default `#1f4ed8`). */
    primary_color?: string | null
    /** `en` or `fr`: the language when neither `?lang=` nor the browser names one. */
    default_locale?: string | null
    /** The key the portal sends on `/store` calls; unset: the store's first active one. */
    publishable_key?: string | null
    /**
     * Where customers reach the portal (`https://api.shop.com/returns`).
     * Unset: the Medusa server's `admin.backendUrl` + `/returns`, when absolute.
     */
    url?: string | null
    /**
     * Email links open the portal even when `notifications.storefront_url`
     * is set (default false: a storefront's own account pages win).
     */
    email_links?: boolean
  }
}

export const PORTAL_LOCALES = ["en", "fr"] as const
export type PortalLocale = (typeof PORTAL_LOCALES)[number]

export type PortalPageSettings = {
  name: string
  logo_url: string | null
  primary_color: string
  default_locale: PortalLocale
  publishable_key: string | null
  url: string | null
  email_links: boolean
}

const httpUrl = (name: string) =>
  z
    .string({ error: `${name} must be an absolute http(s) URL` })
    .trim()
    .refine(
      (value) => {
        try {
          return ["http:", "https:"].includes(new URL(value).protocol)
        } catch {
          return false
        }
      },
      { error: `${name} must be an absolute http(s) URL` }
    )
    .nullish()

const Options = z.looseObject({
  portal: z
    .looseObject({
      name: z
        .string({ error: "portal.name must be text" })
        .trim()
        .min(1, { error: "portal.name must not be empty" })
        .max(80, { error: "portal.name: at most 80 characters" })
        .nullish(),
      logo_url: httpUrl("portal.logo_url"),
      // Only a hex colour: it is written into the page's CSS.
      primary_color: z
        .string({ error: "portal.primary_color must be a #rrggbb colour" })
        .trim()
        .regex(/^#[0-9a-fA-F]{6}$/, {
          error: "portal.primary_color must be a #rrggbb colour",
        })
        .nullish(),
      default_locale: z
        .enum(PORTAL_LOCALES, {
          error: "portal.default_locale must be en or fr",
        })
        .nullish(),
      publishable_key: z
        .string({ error: "portal.publishable_key must be text" })
        .trim()
        .regex(/^pk_\w+$/, {
          error: "portal.publishable_key must start with pk_",
        })
        .nullish(),
      url: httpUrl("portal.url"),
      email_links: z
        .boolean({ error: "portal.email_links must be true or false" })
        .optional(),
    })
    .optional(),
})

/**
 * The return portal page's settings from the plugin options, with defaults. Bad
 * values stop the app at boot naming the option: the colour and logo end up
 * in the page, so only a hex colour and an http(s) URL are let through.
 *
 * @example
 * portalPageSettings({ portal: { name: "Acme returns", primary_color: "#0f766e" } })
 */
export const portalPageSettings = (
  options?: PortalPageOptions
): PortalPageSettings => {
  const p = parsePluginOptions(Options, options).portal
  return {
    name: p?.name ?? "Returns",
    logo_url: p?.logo_url ?? null,
    primary_color: (p?.primary_color ?? "#1f4ed8").toLowerCase(),
    default_locale: p?.default_locale ?? "en",
    publishable_key: p?.publishable_key ?? null,
    url: p?.url ? p.url.replace(/\/+$/, "") : null,
    email_links: p?.email_links ?? false,
  }
}
