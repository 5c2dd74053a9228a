import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreCustomerNotificationListResponse } from "../../../../../types/http"
import type { StoreRoute } from "../../../../utils/http"
import { listEntities } from "../../../../utils/query"
import type { StoreGetNotificationsParamsType } from "./validators"

/**
 * The signed-in customer's notification feed, newest first, with how many
 * messages are unread. `?unread=true` lists only unread ones.
 */
export const GET: StoreRoute<
  StoreCustomerNotificationListResponse,
  unknown,
  StoreGetNotificationsParamsType
> = async (req, res) => {
  const customerId = req.auth_context.actor_id
  const { unread } = req.filterableFields as { unread?: boolean }
  const { data: notifications, ...page } = await listEntities(req, {
    entity: "customer_notification",
    filters: unread
      ? { customer_id: customerId, read_at: null }
      : { customer_id: customerId },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata: unreadMetadata } = await query.graph({
    entity: "customer_notification",
    fields: ["id"],
    filters: { customer_id: customerId, read_at: null },
    pagination: { skip: 0, take: 1 },
  })
  res.json({
    notifications,
    ...page,
    unread_count: unreadMetadata?.count ?? 0,
  })
}
