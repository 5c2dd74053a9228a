import type {
  AdminWebhookEndpointDeleteResponse,
  AdminWebhookEndpointResponse,
} from "../../../../../types/http"
import {
  deleteWebhookEndpointsWorkflow,
  updateWebhookEndpointWorkflow,
} from "../../../../../workflows/webhooks"
import type { AdminRoute } from "../../../../utils/http"
import { refetchEntity } from "../../../../utils/query"
import { webhookEndpointFields } from "../../query-config"
import type { AdminUpdateWebhookEndpointType } from "../../validators"

const refetchEndpoint = (
  scope: Parameters<typeof refetchEntity>[0],
  id: string
) =>
  refetchEntity(scope, {
    entity: "webhook_endpoint",
    label: "Webhook endpoint",
    filters: { id },
    fields: webhookEndpointFields,
  })

export const GET: AdminRoute<AdminWebhookEndpointResponse> = async (
  req,
  res
) => {
  res.json({ endpoint: await refetchEndpoint(req.scope, req.params.id) })
}

/**
 * Updates an endpoint; `active: true` also clears an automatic disabling,
 * and its pending deliveries resume.
 */
export const POST: AdminRoute<
  AdminWebhookEndpointResponse,
  AdminUpdateWebhookEndpointType
> = async (req, res) => {
  await refetchEndpoint(req.scope, req.params.id)
  await updateWebhookEndpointWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ endpoint: await refetchEndpoint(req.scope, req.params.id) })
}

/** Deletes an endpoint; its delivery log stays. */
export const DELETE: AdminRoute<AdminWebhookEndpointDeleteResponse> = async (
  req,
  res
) => {
  await refetchEndpoint(req.scope, req.params.id)
  await deleteWebhookEndpointsWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "webhook_endpoint", deleted: true })
}
