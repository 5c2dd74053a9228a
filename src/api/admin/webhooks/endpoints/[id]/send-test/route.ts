import type { AdminWebhookDeliveryResponse } from "../../../../../../types/http"
import { sendWebhookTestWorkflow } from "../../../../../../workflows/webhooks"
import type { AdminRoute } from "../../../../../utils/http"
import { refetchEntity } from "../../../../../utils/query"
import { webhookDeliveryFields } from "../../../query-config"

/**
 * "Send test": a signed `webhook.test` event to this endpoint, attempted
 * at once; answers the delivery with its status code and latency.
 */
export const POST: AdminRoute<AdminWebhookDeliveryResponse> = async (
  req,
  res
) => {
  await refetchEntity(req.scope, {
    entity: "webhook_endpoint",
    label: "Webhook endpoint",
    filters: { id: req.params.id },
    fields: ["id"],
  })
  const { result } = await sendWebhookTestWorkflow(req.scope).run({
    input: { endpoint_id: req.params.id },
  })
  const delivery = await refetchEntity(req.scope, {
    entity: "webhook_delivery",
    label: "Webhook delivery",
    filters: { id: result.delivery_id! },
    fields: [...webhookDeliveryFields, "payload"],
  })
  res.json({ delivery })
}
