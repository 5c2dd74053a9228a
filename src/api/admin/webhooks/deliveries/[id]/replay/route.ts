import type { AdminWebhookReplayResponse } from "../../../../../../types/http"
import { replayWebhookDeliveriesWorkflow } from "../../../../../../workflows/webhooks"
import type { AdminRoute } from "../../../../../utils/http"
import { refetchEntity } from "../../../../../utils/query"
import { listReplayed } from "../../../../../utils/webhooks"

/**
 * Sends one delivery again: a new delivery with the same event id
 * (`rms-webhook-id`) and body, attempted at once.
 */
export const POST: AdminRoute<AdminWebhookReplayResponse> = async (
  req,
  res
) => {
  await refetchEntity(req.scope, {
    entity: "webhook_delivery",
    label: "Webhook delivery",
    filters: { id: req.params.id },
    fields: ["id"],
  })
  const { result } = await replayWebhookDeliveriesWorkflow(req.scope).run({
    input: { delivery_ids: [req.params.id] },
  })
  res.json(await listReplayed(req.scope, result.delivery_ids))
}
