import { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import {
  invalidateAll,
  MutationOptions,
  useAdminMutation,
  useAdminQuery,
} from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"
import { useReport } from "./reports"

export type NotificationTemplate = {
  id: string
  name: string
  subject: string
  milestone: string
  channel: "email"
  transactional: boolean
  /** Languages the template is written in; others render in English. */
  locales: string[]
}

export type NotificationTemplatePreview = {
  subject: string
  html: string
  text: string
}

export type TestNotificationResult = {
  notification: {
    id: string | null
    status: "success" | "failure" | "pending"
    external_id: string | null
    template: string
    channel: "email"
    to: string
  }
}

export type NotificationAttemptStatus = "sent" | "failed" | "fallback"

export type NotificationAttempt = {
  id: string
  idempotency_key: string
  event: string
  template: string
  channel: "email" | "sms" | "feed"
  /** Masked (`v***@example.com`): the log never stores full addresses. */
  recipient: string | null
  status: NotificationAttemptStatus
  error: string | null
  attempt: number
  notification_id: string | null
  external_id: string | null
  entity_type: string
  entity_id: string
  customer_id: string | null
  transactional: boolean
  created_at: string
}

export type NotificationsLogQuery = {
  limit?: number
  offset?: number
  status?: NotificationAttemptStatus
  channel?: "email" | "sms" | "feed"
  template?: string
}

export type NotificationsReport = {
  from: string
  to: string
  attempts: number
  sent: number
  failed: number
  fallback: number
  delivery_success_rate: number
  fallback_rate: number
}

type TemplatesResponse = {
  notification_templates: NotificationTemplate[]
  count: number
  locales: string[]
  /** Base of the links in emails; null: emails leave those links out. */
  storefront_url: string | null
}

type LogResponse = {
  notification_attempts: NotificationAttempt[]
  count: number
  offset: number
  limit: number
}

type ResendResponse = {
  result: {
    idempotency_key: string
    status: "sent" | "fallback" | "skipped"
    attempts: number
  }
  notification_attempts: NotificationAttempt[]
}

export const notificationTemplateQueryKeys = queryKeysFactory(
  "rms_notification_template"
)
export const notificationLogQueryKeys = queryKeysFactory(
  "rms_notification_attempt"
)
const notificationReportQueryKeys = queryKeysFactory("rms_notification_report")

export const useNotificationTemplates = () =>
  useAdminQuery<TemplatesResponse>(
    notificationTemplateQueryKeys.lists(),
    "/admin/notification-templates"
  )

/** The template rendered from its sample data, in `locale` when given. */
export const useNotificationTemplatePreview = (
  id: string | null,
  locale?: string
) =>
  useQuery({
    queryKey: notificationTemplateQueryKeys.detail(id ?? "", { locale }),
    queryFn: () =>
      sdk.client.fetch<NotificationTemplatePreview>(
        `/admin/notification-templates/${id}/preview`,
        { query: locale ? { locale } : {} }
      ),
    enabled: !!id,
    placeholderData: keepPreviousData,
  })

/** Emails the template named by `id` with its sample data to `to`. */
export const useSendTestNotification = (
  options?: UseMutationOptions<
    TestNotificationResult,
    FetchError,
    { id: string; to: string; locale?: string }
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }) =>
      sdk.client.fetch<TestNotificationResult>(
        `/admin/notification-templates/${id}/send-test`,
        { method: "POST", body }
      ),
    ...options,
    onSettled: (...args) => {
      queryClient.invalidateQueries({
        queryKey: notificationReportQueryKeys.all,
      })
      options?.onSettled?.(...args)
    },
  })
}

export const useNotificationsLog = (query: NotificationsLogQuery) =>
  useQuery({
    queryKey: notificationLogQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<LogResponse>("/admin/notifications-log", { query }),
    placeholderData: keepPreviousData,
  })

export const useNotificationsReport = () =>
  useReport<NotificationsReport>(
    "/admin/notifications-log/reports",
    notificationReportQueryKeys
  )

/** Sends the notification of the attempt whose id is passed to `mutate` again. */
export const useResendNotification = (
  options?: MutationOptions<ResendResponse, string>
) =>
  useAdminMutation<ResendResponse, string>(
    (attemptId) => ({
      path: `/admin/notifications-log/${attemptId}/resend`,
      method: "POST",
    }),
    (queryClient) =>
      invalidateAll(queryClient, [
        notificationLogQueryKeys.lists(),
        notificationReportQueryKeys.all,
      ]),
    options
  )
