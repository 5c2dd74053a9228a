import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "../../utils/options"
import type {
  CustomerNotificationOptions,
  CustomerNotificationSettings,
} from "./types"

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === "https:" || url.protocol === "http:"
  } catch {
    return false
  }
}

const httpUrl = (name: string) =>
  z
    .string({ error: `${name} must be an absolute http(s) URL` })
    .trim()
    .refine(isHttpUrl, {
      error: (issue) =>
        `${name} must be an absolute http(s) URL, got "${String(issue.input)}"`,
    })
    .nullish()

const count = (name: string) =>
  z
    .number({ error: `${name} must be a number` })
    .min(0, { error: `${name} must be 0 or more` })
    .optional()

// Loose objects: options of other parts of the plugin sit next to these.
const NotificationOptions = z.looseObject({
  notifications: z
    .looseObject({
      max_retries: count("notifications.max_retries"),
      retry_backoff_ms: count("notifications.retry_backoff_ms"),
      storefront_url: httpUrl("notifications.storefront_url"),
      store: z
        .looseObject({
          url: httpUrl("notifications.store.url"),
          logo_url: httpUrl("notifications.store.logo_url"),
          support_email: z
            .email({
              error: "notifications.store.support_email must be an email",
            })
            .nullish(),
        })
        .optional(),
      account_url: httpUrl("notifications.account_url"),
    })
    .refine(
      (o) =>
        retrySchedule(o.max_retries ?? 3, o.retry_backoff_ms ?? 1000) <=
        NOTIFICATION_RETRY_MAX_SCHEDULE_MS,
      {
        error: (issue) => {
          const o = issue.input as {
            max_retries?: number
            retry_backoff_ms?: number
          }
          const minutes = Math.round(
            retrySchedule(o.max_retries ?? 3, o.retry_backoff_ms ?? 1000) /
              60_000
          )
          return `notifications.max_retries and notifications.retry_backoff_ms: the last retry would come ${minutes} minutes after the first email, at most 60 are allowed`
        },
      }
    )
    .optional(),
})

/**
 * The longest retry schedule (first email to last retry), in milliseconds:
 * the workflow engine checks a failed email's retries every second
 * (`retry-notification-email`), so the schedule bounds how long it polls.
 */
export const NOTIFICATION_RETRY_MAX_SCHEDULE_MS = 60 * 60 * 1000

/** When the last retry is due: waits of `backoff`, doubled each time. */
const retrySchedule = (maxRetries: number, backoffMs: number) =>
  backoffMs * (2 ** Math.floor(maxRetries) - 1)

const withoutTrailingSlash = (url: string | null | undefined) =>
  url ? url.replace(/\/+$/, "") : null

/**
 * The notification settings from the plugin options, with defaults. Bad
 * values stop the app at boot with a message naming the option (a
 * storefront URL without `https://` would otherwise send broken links).
 *
 * `storefront_url` is where customer-facing links point (a return, a
 * dispute, its rating); without it emails leave those links out.
 * `store.url`, its older name, is still read.
 *
 * @example
 * notificationSettings({ notifications: { storefront_url: "https://shop.example.com" } })
 */
export const notificationSettings = (
  options?: CustomerNotificationOptions
): CustomerNotificationSettings => {
  const o = parsePluginOptions(NotificationOptions, options).notifications
  const storefront = withoutTrailingSlash(o?.storefront_url ?? o?.store?.url)
  return {
    max_retries: Math.max(0, Math.floor(o?.max_retries ?? 3)),
    retry_backoff_ms: Math.max(0, o?.retry_backoff_ms ?? 1000),
    storefront_url: storefront,
    store: {
      url: o?.store?.url ?? storefront,
      logo_url: o?.store?.logo_url ?? null,
      support_email: o?.store?.support_email ?? null,
    },
    account_url: o?.account_url ?? null,
  }
}
