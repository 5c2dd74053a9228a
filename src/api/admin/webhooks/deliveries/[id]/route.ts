import type { AdminWebhookDeliveryResponse } from "../../../../../types/http"
import type { AdminRoute } from "../../../../utils/http"
import { refetchEntity } from "../../../../utils/query"
import { webhookDeliveryFields } from "../../query-config"

/** One delivery with the exact body it sends. */
export const GET: AdminRoute<AdminWebhookDeliveryResponse> = async (
  req,
  res
) => {
  const delivery = await refetchEntity(req.scope, {
    entity: "webhook_delivery",
    label: "Webhook delivery",
    filters: { id: req.params.id },
    fields: [...webhookDeliveryFields, "payload"],
  })
  res.json({ delivery })
}
