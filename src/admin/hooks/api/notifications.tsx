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
  ListQuery,
  MutationOptions,
  useAdminMutation,
  useAdminQuery,
} from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"
import { useReport } from "./reports"

import type {
  AdminNotificationAttempt,
  AdminNotificationAttemptListResponse,
  AdminNotificationsReportResponse,
  AdminNotificationTemplate,
  AdminNotificationTemplateListResponse,
  AdminNotificationTemplatePreviewResponse,
  AdminResendNotificationResponse,
  AdminSendTestNotificationBody,
  AdminSendTestNotificationResponse,
} from "../../../types/http"

import type {
  NotificationAttemptStatus,
  NotificationChannel,
} from "../../../types/http"

export type { NotificationAttemptStatus }
export type NotificationTemplate = AdminNotificationTemplate
export type NotificationAttempt = AdminNotificationAttempt
/**
 * Local: `AdminNotificationAttemptListParams` in `types/http` is the
 * validator's input, which requires `limit`, `offset` and `with_deleted`.
 */
export type NotificationsLogQuery = Omit<ListQuery, "q"> & {
  status?: NotificationAttemptStatus
  channel?: NotificationChannel
  template?: string
}

export const notificationTemplateQueryKeys = queryKeysFactory(
  "rms_notification_template"
)
export const notificationLogQueryKeys = queryKeysFactory(
  "rms_notification_attempt"
)
const notificationReportQueryKeys = queryKeysFactory("rms_notification_report")

export const useNotificationTemplates = () =>
  useAdminQuery<AdminNotificationTemplateListResponse>(
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
      sdk.client.fetch<AdminNotificationTemplatePreviewResponse>(
        `/admin/notification-templates/${id}/preview`,
        { query: locale ? { locale } : {} }
      ),
    enabled: !!id,
    placeholderData: keepPreviousData,
  })

/** Emails the template named by `id` with its sample data to `to`. */
export const useSendTestNotification = (
  options?: UseMutationOptions<
    AdminSendTestNotificationResponse,
    FetchError,
    AdminSendTestNotificationBody & { id: string }
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }) =>
      sdk.client.fetch<AdminSendTestNotificationResponse>(
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
      sdk.client.fetch<AdminNotificationAttemptListResponse>(
        "/admin/notifications-log",
        { query }
      ),
    placeholderData: keepPreviousData,
  })

export const useNotificationsReport = () =>
  useReport<AdminNotificationsReportResponse>(
    "/admin/notifications-log/reports",
    notificationReportQueryKeys
  )

/** Sends the notification of the attempt whose id is passed to `mutate` again. */
export const useResendNotification = (
  options?: MutationOptions<AdminResendNotificationResponse, string>
) =>
  useAdminMutation<AdminResendNotificationResponse, string>(
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
