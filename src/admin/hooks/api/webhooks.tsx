import {
  crudHooks,
  invalidateAll,
  ListQuery,
  MutationOptions,
  useAdminMutation,
  useAdminQuery,
} from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import type {
  AdminCreateWebhookEndpointBody,
  AdminReplayWebhookDeliveriesBody,
  AdminWebhookDelivery,
  AdminWebhookDeliveryListResponse,
  AdminWebhookDeliveryResponse,
  AdminWebhookEndpoint,
  AdminWebhookEndpointDeleteResponse,
  AdminWebhookEndpointListResponse,
  AdminWebhookEndpointWithSecretResponse,
  AdminWebhookEventListResponse,
  AdminWebhookReplayResponse,
} from "../../../types/http"

export type WebhookEndpoint = AdminWebhookEndpoint
export type WebhookDelivery = AdminWebhookDelivery
export type WebhookEndpointInput = AdminCreateWebhookEndpointBody
export type WebhookDeliveryStatus = WebhookDelivery["status"]

/** Local: the validator's input requires `limit`, `offset` and `with_deleted`. */
export type WebhookDeliveriesQuery = Omit<ListQuery, "q"> & {
  endpoint_id?: string
  status?: WebhookDeliveryStatus
}

export const webhookEndpointQueryKeys = queryKeysFactory("rms_webhook_endpoint")
export const webhookDeliveryQueryKeys = queryKeysFactory("rms_webhook_delivery")
const webhookEventQueryKeys = queryKeysFactory("rms_webhook_event")

const endpoints = crudHooks<{
  list: AdminWebhookEndpointListResponse
  listQuery: ListQuery
  // Create answers the secret too; an update answers the endpoint alone.
  one: AdminWebhookEndpointWithSecretResponse
  deleted: AdminWebhookEndpointDeleteResponse
  input: WebhookEndpointInput
}>({
  path: "/admin/webhooks/endpoints",
  keys: webhookEndpointQueryKeys,
  related: [webhookDeliveryQueryKeys.lists()],
})

/** A page of endpoints (never their secrets). */
export const useWebhookEndpoints = endpoints.useList
/** Deletes the endpoint whose id is passed to `mutate`. */
export const useDeleteWebhookEndpoint = endpoints.useDelete
/** Creates an endpoint (the answer holds its secret), or updates `id`. */
export const useSaveWebhookEndpoint = endpoints.useSave
/** Updates the endpoint named by `id` (e.g. turns it back on). */
export const useUpdateWebhookEndpoint = endpoints.useUpdate

/** The events an endpoint can subscribe to. */
export const useWebhookEvents = () =>
  useAdminQuery<AdminWebhookEventListResponse>(
    webhookEventQueryKeys.lists(),
    "/admin/webhooks/events"
  )

/** A page of the delivery log, newest first. */
export const useWebhookDeliveries = (query: WebhookDeliveriesQuery) =>
  useAdminQuery<AdminWebhookDeliveryListResponse>(
    webhookDeliveryQueryKeys.list(query),
    "/admin/webhooks/deliveries",
    query
  )

const refreshAll = (
  queryClient: Parameters<typeof invalidateAll>[0],
  endpointId?: string
) =>
  invalidateAll(queryClient, [
    webhookDeliveryQueryKeys.lists(),
    webhookEndpointQueryKeys.lists(),
    ...(endpointId ? [webhookEndpointQueryKeys.detail(endpointId)] : []),
  ])

/** Sends a signed `webhook.test` to the endpoint whose id is passed. */
export const useSendWebhookTest = (
  options?: MutationOptions<AdminWebhookDeliveryResponse, string>
) =>
  useAdminMutation<AdminWebhookDeliveryResponse, string>(
    (id) => ({
      path: `/admin/webhooks/endpoints/${id}/send-test`,
      method: "POST",
      body: {},
    }),
    (queryClient, _data, id) => refreshAll(queryClient, id),
    options
  )

/** Gives the endpoint whose id is passed a new secret (answered once). */
export const useRotateWebhookSecret = (
  options?: MutationOptions<AdminWebhookEndpointWithSecretResponse, string>
) =>
  useAdminMutation<AdminWebhookEndpointWithSecretResponse, string>(
    (id) => ({
      path: `/admin/webhooks/endpoints/${id}/rotate-secret`,
      method: "POST",
      body: {},
    }),
    (queryClient, _data, id) => refreshAll(queryClient, id),
    options
  )

/** Sends the delivery whose id is passed again, with its event id. */
export const useReplayWebhookDelivery = (
  options?: MutationOptions<AdminWebhookReplayResponse, string>
) =>
  useAdminMutation<AdminWebhookReplayResponse, string>(
    (id) => ({
      path: `/admin/webhooks/deliveries/${id}/replay`,
      method: "POST",
      body: {},
    }),
    (queryClient) => refreshAll(queryClient),
    options
  )

/** Sends every delivery since a time again (optionally of one endpoint). */
export const useReplayWebhookDeliveries = (
  options?: MutationOptions<
    AdminWebhookReplayResponse,
    AdminReplayWebhookDeliveriesBody
  >
) =>
  useAdminMutation<
    AdminWebhookReplayResponse,
    AdminReplayWebhookDeliveriesBody
  >(
    (body) => ({
      path: "/admin/webhooks/deliveries/replay",
      method: "POST",
      body,
    }),
    (queryClient) => refreshAll(queryClient),
    options
  )
