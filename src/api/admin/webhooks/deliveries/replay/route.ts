import type { AdminWebhookReplayResponse } from "../../../../../types/http"
import { replayWebhookDeliveriesWorkflow } from "../../../../../workflows/webhooks"
import type { AdminRoute } from "../../../../utils/http"
import { refetchEntity } from "../../../../utils/query"
import { listReplayed } from "../../../../utils/webhooks"
import type { AdminReplayWebhookDeliveriesType } from "../../validators"

/**
 * Sends again every delivery created since `since` (optionally of one
 * endpoint), in their original order and with their event ids.
 */
export const POST: AdminRoute<
  AdminWebhookReplayResponse,
  AdminReplayWebhookDeliveriesType
> = async (req, res) => {
  if (req.validatedBody.endpoint_id) {
    await refetchEntity(req.scope, {
      entity: "webhook_endpoint",
      label: "Webhook endpoint",
      filters: { id: req.validatedBody.endpoint_id },
      fields: ["id"],
    })
  }
  const { result } = await replayWebhookDeliveriesWorkflow(req.scope).run({
    input: {
      since: req.validatedBody.since,
      endpoint_id: req.validatedBody.endpoint_id || null,
    },
  })
  res.json(await listReplayed(req.scope, result.delivery_ids))
}
