import type { AdminNotificationAttemptListResponse } from "../../../types/http"
import type { AdminRoute } from "../../utils/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: notification_attempts, metadata } = await query.graph({
    entity: "notification_attempt",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    notification_attempts,
    count: metadata?.count ?? notification_attempts.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? notification_attempts.length,
  })
}
