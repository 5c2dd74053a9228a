import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  RETURN_PORTAL_MODULE,
  type ReturnPortalModuleService,
} from "../../modules/return-portal"

const EMAIL = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g
const LONG_NUMBER = /\+?\d[\d\s().-]{6,}\d/g

/**
 * The key a notification is sent once under:
 * `${event}:${entity_id}:${template}`, plus `:${suffix}` for an admin resend.
 *
 * @example
 * notificationIdempotencyKey({ event: "loyalty.reward_redeemed", entity_id: "lrdm_1", template: "reward-redeemed" })
 * // "loyalty.reward_redeemed:lrdm_1:reward-redeemed"
 */
export const notificationIdempotencyKey = (input: {
  event: string
  entity_id: string
  template: string
  idempotency_suffix?: string | null
}): string =>
  [input.event, input.entity_id, input.template, input.idempotency_suffix]
    .filter(Boolean)
    .join(":")

/** The lock every email attempt and fallback of a notification runs under. */
export const notificationLockKey = (key: string) => `rms-notification:${key}`

/**
 * The workflow engine transaction id of a notification's retries: one per
 * notification key, so a second failure of the same key (an event that
 * arrived twice) finds the retries already under way instead of starting
 * another schedule. The engines split their storage keys on ":", which the
 * notification key contains, so it is URI-encoded.
 */
export const notificationRetryTransactionId = (key: string) =>
  `rms-notification-retry-${encodeURIComponent(key)}`

/**
 * The Notification module key of one provider call. Attempt 1 uses the
 * notification's own key; each retry gets its own, because in 2.21.2 the
 * module re-sends a key whose record failed under a fresh id it then cannot
 * update (NOT_FOUND after the email went out).
 */
export const attemptIdempotencyKey = (key: string, attempt: number) =>
  attempt <= 1 ? key : `${key}:attempt-${attempt}`

/** `vera@example.com` → `v***@example.com`: enough to recognise, not to use. */
export const maskEmail = (email: string | null | undefined): string | null => {
  if (!email) {
    return null
  }
  const at = email.lastIndexOf("@")
  if (at < 1) {
    return "***"
  }
  return `${email[0]}***${email.slice(at)}`
}

/** `+45 12 34 56 78` → `***5678`. */
export const maskPhone = (phone: string | null | undefined): string | null => {
  if (!phone) {
    return null
  }
  const digits = phone.replace(/\D/g, "")
  return digits.length > 4 ? `***${digits.slice(-4)}` : "***"
}

/**
 * A provider error as stored in the attempt log: the first line after the
 * Notification module's "Failed to send notification with id …" preamble,
 * without addresses or phone numbers, at most 300 characters.
 */
export const shortError = (error: unknown): string => {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === "string"
        ? error
        : "unknown error"
  const lines = raw
    .split("\n")
    .map((line) => line.trim())
    .filter(
      (line) => line && !/^Failed to send notification with id/i.test(line)
    )
  const message = (lines[0] ?? raw)
    .replace(EMAIL, "[redacted]")
    .replace(LONG_NUMBER, "[redacted]")
  return message.length > 300 ? `${message.slice(0, 297)}...` : message
}

/**
 * Whether the Notification module has a provider for `channel`, read from
 * the module's configured providers. Unknown configuration shapes answer
 * `true` and leave it to `createNotifications` to say otherwise.
 */
export const hasNotificationChannel = (
  container: MedusaContainer,
  channel: string
): boolean => {
  let config: { modules?: unknown } | undefined
  try {
    config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  } catch {
    return true
  }
  const modules = config?.modules as
    Record<string, unknown> | unknown[] | undefined
  const declaration = Array.isArray(modules)
    ? modules.find(
        (m) =>
          (m as { key?: string })?.key === Modules.NOTIFICATION ||
          (m as { resolve?: string })?.resolve ===
            "@medusajs/medusa/notification"
      )
    : modules?.[Modules.NOTIFICATION]
  if (!declaration || typeof declaration !== "object") {
    return true
  }
  const providers = (
    declaration as {
      options?: { providers?: { options?: { channels?: string[] } }[] }
    }
  ).options?.providers
  if (!Array.isArray(providers)) {
    return true
  }
  return providers.some((p) => p?.options?.channels?.includes(channel))
}

/** Whether a notification provider error says the channel has no provider. */
export const isMissingProviderError = (error: unknown) =>
  error instanceof Error &&
  /Could not find a notification provider for channel/i.test(error.message)

/**
 * A page of the storefront (`notifications.storefront_url` of the plugin
 * options) linked from an email, or null when no storefront URL is set.
 * Paths are the ones the README documents (`/account/returns/:id`,
 * `/account/disputes/:id`).
 *
 * @example
 * storefrontUrl("https://shop.example.com/", "/account/disputes/dsp_1")
 * // "https://shop.example.com/account/disputes/dsp_1"
 */
export const storefrontUrl = (
  base: string | null | undefined,
  path: string
): string | null => (base ? `${base.replace(/\/+$/, "")}${path}` : null)

/** A customer-facing page an email links to. */
export type CustomerPage =
  | { page: "return_request"; id: string }
  | { page: "dispute"; id: string }
  | { page: "rate_dispute"; id: string }
  | { page: "new_dispute"; return_request_id: string }

/** Where customer-facing links go: the storefront, else the return portal. */
export type CustomerLinkBases = {
  storefront_url: string | null
  /** The return portal's absolute URL (`https://api.shop.com/returns`). */
  portal_url: string | null
  /** Links open the portal even when a storefront URL is set. */
  prefer_portal: boolean
}

const STOREFRONT_PATHS: Record<
  CustomerPage["page"],
  (target: CustomerPage) => string
> = {
  return_request: (t) => `/account/returns/${"id" in t ? t.id : ""}`,
  dispute: (t) => `/account/disputes/${"id" in t ? t.id : ""}`,
  rate_dispute: (t) => `/account/disputes/${"id" in t ? t.id : ""}?rate=1`,
  new_dispute: (t) =>
    `/account/disputes/new?return_request_id=${"return_request_id" in t ? t.return_request_id : ""}`,
}

// The portal routes in its hash (src/portal/router.ts): the server serves
// one page, and the customer signs in first when they have no session.
const PORTAL_PATHS: Record<
  CustomerPage["page"],
  (target: CustomerPage) => string
> = {
  return_request: (t) => `#/requests/${"id" in t ? t.id : ""}`,
  dispute: (t) => `#/disputes/${"id" in t ? t.id : ""}`,
  rate_dispute: (t) => `#/disputes/${"id" in t ? t.id : ""}/rate`,
  new_dispute: (t) =>
    `#/requests/${"return_request_id" in t ? t.return_request_id : ""}/dispute`,
}

/**
 * The URL of a customer page in an email: the storefront's account page
 * (`notifications.storefront_url`), or the plugin's return portal when no
 * storefront is set (or `portal.email_links` asks for it); null when
 * neither is known, and the email leaves the link out.
 *
 * @example
 * customerPageUrl(
 *   { storefront_url: null, portal_url: "https://api.shop.com/returns", prefer_portal: false },
 *   { page: "rate_dispute", id: "dsp_1" }
 * )
 * // "https://api.shop.com/returns#/disputes/dsp_1/rate"
 */
export const customerPageUrl = (
  bases: CustomerLinkBases,
  target: CustomerPage
): string | null => {
  if (bases.storefront_url && !(bases.prefer_portal && bases.portal_url)) {
    return storefrontUrl(
      bases.storefront_url,
      STOREFRONT_PATHS[target.page](target)
    )
  }
  return bases.portal_url
    ? `${bases.portal_url}${PORTAL_PATHS[target.page](target)}`
    : null
}

const absoluteHttpUrl = (value: unknown): string | null => {
  if (typeof value !== "string") {
    return null
  }
  try {
    const url = new URL(value)
    return ["http:", "https:"].includes(url.protocol)
      ? value.replace(/\/+$/, "")
      : null
  } catch {
    return null
  }
}

/**
 * The link bases of this store: the notification settings' storefront,
 * and the portal at `portal.url`, or at the server's own URL (Medusa's
 * `admin.backendUrl`, when absolute) + `/returns`.
 */
export const customerLinkBases = async (
  container: MedusaContainer,
  storefrontUrl: string | null
): Promise<CustomerLinkBases> => {
  const portal = await container
    .resolve<ReturnPortalModuleService>(RETURN_PORTAL_MODULE)
    .getPageSettings()
  let backendUrl: string | null = null
  try {
    backendUrl = absoluteHttpUrl(
      container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)?.admin
        ?.backendUrl
    )
  } catch {
    backendUrl = null
  }
  return {
    storefront_url: storefrontUrl,
    portal_url: portal.url ?? (backendUrl ? `${backendUrl}/returns` : null),
    prefer_portal: portal.email_links,
  }
}
