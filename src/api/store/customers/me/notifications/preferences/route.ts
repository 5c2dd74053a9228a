import type { StoreNotificationPreferencesResponse } from "../../../../../../types/http"
import type { StoreRoute } from "../../../../../utils/http"
import { setNotificationPreferencesWorkflow } from "../../../../../../workflows/notifications"
import { fetchNotificationPreferences } from "../helpers"
import type { StoreUpdateNotificationPreferencesType } from "../validators"

/** The signed-in customer's notification preferences. */
export const GET: StoreRoute<StoreNotificationPreferencesResponse> = async (
  req,
  res
) => {
  const notification_preferences = await fetchNotificationPreferences(
    req.scope,
    req.auth_context.actor_id
  )
  res.json({ notification_preferences })
}

/**
 * Updates them: `marketing_opt_out: true` stops tier-change and
 * points-expiring messages; reward codes and return updates still arrive.
 */
export const POST: StoreRoute<
  StoreNotificationPreferencesResponse,
  StoreUpdateNotificationPreferencesType
> = async (req, res) => {
  await setNotificationPreferencesWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      marketing_opt_out: req.validatedBody.marketing_opt_out,
    },
  })
  const notification_preferences = await fetchNotificationPreferences(
    req.scope,
    req.auth_context.actor_id
  )
  res.json({ notification_preferences })
}
