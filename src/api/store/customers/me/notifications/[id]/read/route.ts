import type { StoreCustomerNotificationResponse } from "../../../../../../../types/http"
import { markCustomerNotificationReadWorkflow } from "../../../../../../../workflows/notifications"
import type { StoreRoute } from "../../../../../../utils/http"
import { refetchEntity } from "../../../../../../utils/query"
import { defaultStoreNotificationFields } from "../../query-config"

/** Marks one of the signed-in customer's messages as read (404 otherwise). */
export const POST: StoreRoute<StoreCustomerNotificationResponse> = async (
  req,
  res
) => {
  const customerId = req.auth_context.actor_id
  await markCustomerNotificationReadWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: customerId },
  })
  const notification = await refetchEntity(req.scope, {
    entity: "customer_notification",
    label: "Notification",
    fields: defaultStoreNotificationFields,
    filters: { id: req.params.id, customer_id: customerId },
  })
  res.json({ notification })
}
