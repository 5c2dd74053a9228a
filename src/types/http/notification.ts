import type { z } from "@medusajs/framework/zod"
import type {
  AdminGetNotificationAttemptsParams,
  AdminGetNotificationsReportParams,
} from "../../api/admin/notifications-log/validators"
import type {
  AdminGetNotificationTemplatePreviewParams,
  AdminSendTestNotification,
} from "../../api/admin/notification-templates/validators"
import type {
  NotificationAttemptStatus,
  NotificationChannel,
  NotificationsReport,
  RecordAttemptInput,
  TestNotificationRecord,
} from "../../modules/customer-notification/types"
import type { PaginatedResponse, Persisted, ReportResponse } from "./common"

export type {
  NotificationAttemptStatus,
  NotificationChannel,
} from "../../modules/customer-notification/types"

/** An email template as the admin lists it. */
export type AdminNotificationTemplate = {
  id: string
  name: string
  /** The milestone that sends it. */
  milestone: string
  channel: "email"
  transactional: boolean
  /** Rendered from the template's sample data. */
  subject: string
  /** Languages the template is written in; others render in English. */
  locales: string[]
}
export type AdminNotificationTemplateListResponse = {
  notification_templates: AdminNotificationTemplate[]
  count: number
  /** Every language the emails are written in. */
  locales: string[]
  /** Base of the links in emails; null: emails leave those links out. */
  storefront_url: string | null
}
export type AdminNotificationTemplatePreviewParams = z.input<
  typeof AdminGetNotificationTemplatePreviewParams
>
/** The template rendered from its sample data, as the provider sends it. */
export type AdminNotificationTemplatePreviewResponse = {
  subject: string
  html: string
  text: string
}
export type AdminSendTestNotificationBody = z.input<
  typeof AdminSendTestNotification
>
/** The test email as the Notification module recorded it. */
export type AdminTestNotification = TestNotificationRecord
/**
 * The provider accepted the test email; when it did not, a 502 with
 * `type: "provider_error"`, the provider's message and the notification.
 */
export type AdminSendTestNotificationResponse =
  | { notification: AdminTestNotification }
  | {
      type: "provider_error"
      message: string
      notification: AdminTestNotification
    }

/**
 * One provider call or feed write. The recipient is masked
 * (`v***@example.com`): the log never stores full addresses.
 */
export type AdminNotificationAttempt = Omit<
  Persisted<RecordAttemptInput>,
  "data" | "updated_at"
> & {
  /** Only with `fields=+data`. */
  data?: RecordAttemptInput["data"]
}
export type AdminNotificationAttemptListParams = z.input<
  typeof AdminGetNotificationAttemptsParams
>
export type AdminNotificationAttemptListResponse = PaginatedResponse<{
  notification_attempts: AdminNotificationAttempt[]
}>
/** The resend's outcome and the attempts it made. */
export type AdminResendNotificationResponse = {
  result: {
    idempotency_key: string
    /** `retrying`: it failed; the workflow engine retries, then falls back. */
    status: "sent" | "retrying" | "fallback" | "skipped"
    /** Attempts the resend made (the engine's retries come later). */
    attempts: number
  }
  notification_attempts: AdminNotificationAttempt[]
}
export type AdminNotificationsReportParams = z.input<
  typeof AdminGetNotificationsReportParams
>
/** `GET /admin/notifications-log/reports`: delivery figures of a period. */
export type AdminNotificationsReportResponse =
  ReportResponse<NotificationsReport>

/** A message of the customer's in-portal feed. */
export type StoreCustomerNotification = {
  id: string
  template: string
  title: string
  body: string
  read_at: string | null
  source_event: string
  entity_type: string | null
  entity_id: string | null
  created_at: string
  /** Only with `fields=+data` / `+updated_at`. */
  data?: Record<string, unknown> | null
  updated_at?: string
}
export type StoreCustomerNotificationListResponse = PaginatedResponse<{
  notifications: StoreCustomerNotification[]
}> & { unread_count: number }
export type StoreCustomerNotificationResponse = {
  notification: StoreCustomerNotification
}

export type StoreNotificationPreferences = {
  /** true: no tier-change and points-expiring messages. */
  marketing_opt_out: boolean
  /** null: never saved (the defaults apply). */
  updated_at: string | null
}
export type StoreNotificationPreferencesResponse = {
  notification_preferences: StoreNotificationPreferences
}
