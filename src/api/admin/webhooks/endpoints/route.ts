import type {
  AdminWebhookEndpointListResponse,
  AdminWebhookEndpointWithSecretResponse,
} from "../../../../types/http"
import { createWebhookEndpointWorkflow } from "../../../../workflows/webhooks"
import type { AdminRoute } from "../../../utils/http"
import { listEntities, refetchEntity } from "../../../utils/query"
import { webhookEndpointFields } from "../query-config"
import type {
  AdminCreateWebhookEndpointType,
  AdminGetWebhookEndpointsParamsType,
} from "../validators"

/** The webhook endpoints, newest first (without their secrets). */
export const GET: AdminRoute<
  AdminWebhookEndpointListResponse,
  unknown,
  AdminGetWebhookEndpointsParamsType
> = async (req, res) => {
  const { data: endpoints, ...page } = await listEntities(req, {
    entity: "webhook_endpoint",
  })
  res.json({ endpoints, ...page })
}

/**
 * Creates an endpoint (400 naming `url` for a private, loopback or, in
 * production, non-https URL). The answer holds the secret, this once.
 */
export const POST: AdminRoute<
  AdminWebhookEndpointWithSecretResponse,
  AdminCreateWebhookEndpointType
> = async (req, res) => {
  const { result } = await createWebhookEndpointWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  const endpoint = await refetchEntity(req.scope, {
    entity: "webhook_endpoint",
    label: "Webhook endpoint",
    filters: { id: result.id },
    fields: [...webhookEndpointFields, "secret"],
  })
  res.status(200).json({ endpoint })
}
