import type { StoreRoute } from "../../../../utils/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetNotificationsParamsType } from "./validators"

/**
 * The signed-in customer's notification feed, newest first, with how many
 * messages are unread. `?unread=true` lists only unread ones.
 */
export const GET: StoreRoute<
  unknown,
  unknown,
  StoreGetNotificationsParamsType
> = async (req, res) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = req.auth_context.actor_id
  const { unread } = req.filterableFields as { unread?: boolean }

  const { data: notifications, metadata } = await query.graph({
    entity: "customer_notification",
    fields: req.queryConfig.fields,
    filters: unread
      ? { customer_id: customerId, read_at: null }
      : { customer_id: customerId },
    pagination: req.queryConfig.pagination,
  })
  const { metadata: unreadMetadata } = await query.graph({
    entity: "customer_notification",
    fields: ["id"],
    filters: { customer_id: customerId, read_at: null },
    pagination: { skip: 0, take: 1 },
  })

  res.json({
    notifications,
    count: metadata?.count ?? notifications.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? notifications.length,
    unread_count: unreadMetadata?.count ?? 0,
  })
}
