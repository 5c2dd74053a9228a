import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

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

export const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms))

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
