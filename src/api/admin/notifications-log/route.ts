import type { AdminNotificationAttemptListResponse } from "../../../types/http"
import type { AdminRoute } from "../../utils/http"
import { listEntities } from "../../utils/query"
import type { AdminGetNotificationAttemptsParamsType } from "./validators"

/**
 * The notification attempt log, newest first: every email and SMS call and
 * every feed fallback, with masked recipients. Filters: `status`,
 * `channel`, `template`, `event`, `customer_id`, `entity_id`,
 * `idempotency_key`.
 */
export const GET: AdminRoute<
  AdminNotificationAttemptListResponse,
  unknown,
  AdminGetNotificationAttemptsParamsType
> = async (req, res) => {
  const { data: notification_attempts, ...page } = await listEntities(req, {
    entity: "notification_attempt",
    filters: req.filterableFields,
  })
  res.json({ notification_attempts, ...page })
}
