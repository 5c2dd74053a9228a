import fs from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  PORTAL_LOCALES,
  RETURN_PORTAL_MODULE,
  type PortalLocale,
  type PortalPageSettings,
  type ReturnPortalModuleService,
} from "../../modules/return-portal"

/** Where the return portal is served; email links and the page use it. */
export const PORTAL_PATH = "/returns"

/**
 * The bundle `npm run build` writes (scripts/build-portal.mjs) into the
 * package, beside the compiled routes: `.medusa/server/src/portal/portal.js`.
 */
const BUILT_BUNDLE = path.resolve(__dirname, "..", "..", "portal", "portal.js")
/** The portal's source entry, present only when the plugin runs from source. */
const SOURCE_ENTRY = path.resolve(__dirname, "..", "..", "portal", "main.tsx")

let sourceBundle: Promise<string> | undefined

/**
 * The portal's JavaScript. An installed package serves the bundle built with
 * it (read on each request: the OS caches it, and a rebuild shows at once).
 * A plugin run from source (`npm run dev`, the HTTP specs) has no build
 * step, so the source is bundled once in memory with the esbuild of the dev
 * dependencies, with the build script's options.
 */
export const portalBundle = async (): Promise<string> => {
  if (fs.existsSync(BUILT_BUNDLE)) {
    return fs.promises.readFile(BUILT_BUNDLE, "utf8")
  }
  if (!fs.existsSync(SOURCE_ENTRY)) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `medusa-plugin-rms: the return portal bundle ${BUILT_BUNDLE} is missing: rebuild the plugin`
    )
  }
  sourceBundle ??= import("esbuild")
    .then((esbuild) =>
      esbuild.build({
        entryPoints: [SOURCE_ENTRY],
        bundle: true,
        write: false,
        format: "iife",
        target: "es2020",
        jsx: "automatic",
        loader: { ".css": "text" },
        define: { "process.env.NODE_ENV": '"development"' },
        logLevel: "silent",
      })
    )
    .then((result) => result.outputFiles[0].text)
  sourceBundle.catch(() => (sourceBundle = undefined))
  return sourceBundle
}

const settingsOf = (scope: MedusaContainer) =>
  scope
    .resolve<ReturnPortalModuleService>(RETURN_PORTAL_MODULE)
    .getPageSettings()

/**
 * The publishable key the portal sends on `/store` calls: the option, or
 * the store's oldest active publishable key.
 */
const publishableKeyOf = async (
  scope: MedusaContainer,
  settings: PortalPageSettings
): Promise<string | null> => {
  if (settings.publishable_key) {
    return settings.publishable_key
  }
  // A revoked key may still work until its `revoked_at`.
  const now = Date.now()
  const key = (
    await scope
      .resolve(Modules.API_KEY)
      .listApiKeys(
        { type: "publishable" },
        { take: 20, order: { created_at: "ASC" } }
      )
  ).find((k) => !k.revoked_at || new Date(k.revoked_at).getTime() > now)
  return key?.token ?? null
}

/**
 * The page's language: `?lang=`, else the first supported language of the
 * browser's `Accept-Language`, else the option's default.
 */
export const portalLocaleOf = (
  lang: string | undefined,
  acceptLanguage: string | undefined,
  fallback: PortalLocale
): PortalLocale => {
  const supported = (value: string | undefined) =>
    PORTAL_LOCALES.find((l) => l === value?.trim().slice(0, 2).toLowerCase())
  const fromHeader = (acceptLanguage ?? "")
    .split(",")
    .map((part) => supported(part.split(";")[0]))
    .find(Boolean)
  return supported(lang) ?? fromHeader ?? fallback
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export const textColourOn = (hex: string): string => {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const luminance =
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
  // Contrast against white is (1.05)/(L+0.05), against black (L+0.05)/0.05.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05
    ? "#ffffff"
    : "#000000"
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        c
      ]!
  )

/** What the page's script reads from `#rms-portal-config`. */
export type PortalPageConfig = {
  name: string
  logo_url: string | null
  primary_color: string
  locale: PortalLocale
  publishable_key: string | null
  backend_url: string
  base_path: string
}

/**
 * The portal's HTML shell: theme, language and the store API's address and
 * key injected as JSON; the script renders every page (hash routes, so email
 * links can point at `/returns#/requests/:id`).
 */
export const renderPortalPage = async (
  scope: MedusaContainer,
  request: { lang?: string; acceptLanguage?: string; backendUrl: string }
): Promise<string> => {
  const settings = await settingsOf(scope)
  const locale = portalLocaleOf(
    request.lang,
    request.acceptLanguage,
    settings.default_locale
  )
  const config: PortalPageConfig = {
    name: settings.name,
    logo_url: settings.logo_url,
    primary_color: settings.primary_color,
    locale,
    publishable_key: await publishableKeyOf(scope, settings),
    backend_url: request.backendUrl,
    base_path: PORTAL_PATH,
  }
  // `<` escaped: the JSON cannot close its script element.
  const json = JSON.stringify(config).replace(/</g, "\\u003c")
  const title = escapeHtml(settings.name)
  const noScript =
    locale === "fr"
      ? "Activez JavaScript pour gérer vos retours."
      : "Turn on JavaScript to manage your returns."
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>:root{--primary:${settings.primary_color};--on-primary:${textColourOn(settings.primary_color)}}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f6f7f9;color:#1a1d23}</style>
<script id="rms-portal-config" type="application/json">${json}</script>
<script src="${PORTAL_PATH}/portal.js" defer></script>
</head>
<body>
<div id="root"><p style="padding:2rem">${title}</p></div>
<noscript><p style="padding:2rem">${noScript}</p></noscript>
</body>
</html>`
}
