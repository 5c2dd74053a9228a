import type { AdminWebhookDeliveryListResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import { listEntities } from "../../../utils/query"
import type { AdminGetWebhookDeliveriesParamsType } from "../validators"

/**
 * The delivery log, newest first: status, attempts, last status code,
 * latency and error. Filters: `endpoint_id`, `status`, `type`, `event_id`.
 */
export const GET: AdminRoute<
  AdminWebhookDeliveryListResponse,
  unknown,
  AdminGetWebhookDeliveriesParamsType
> = async (req, res) => {
  const { data: deliveries, ...page } = await listEntities(req, {
    entity: "webhook_delivery",
    filters: req.filterableFields,
  })
  res.json({ deliveries, ...page })
}
