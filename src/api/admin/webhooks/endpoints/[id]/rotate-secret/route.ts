import type { AdminWebhookEndpointWithSecretResponse } from "../../../../../../types/http"
import { rotateWebhookSecretWorkflow } from "../../../../../../workflows/webhooks"
import type { AdminRoute } from "../../../../../utils/http"
import { refetchEntity } from "../../../../../utils/query"
import { webhookEndpointFields } from "../../../query-config"

/** Gives the endpoint a new secret and answers it, this once. */
export const POST: AdminRoute<AdminWebhookEndpointWithSecretResponse> = async (
  req,
  res
) => {
  const fetch = (fields: string[]) =>
    refetchEntity(req.scope, {
      entity: "webhook_endpoint",
      label: "Webhook endpoint",
      filters: { id: req.params.id },
      fields,
    })
  await fetch(["id"])
  await rotateWebhookSecretWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ endpoint: await fetch([...webhookEndpointFields, "secret"]) })
}
