import type { StoreRoute } from "../../../../../../utils/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { markCustomerNotificationReadWorkflow } from "../../../../../../../workflows/notifications"
import { defaultStoreNotificationFields } from "../../query-config"

/** Marks one of the signed-in customer's messages as read (404 otherwise). */
export const POST: StoreRoute = async (req, res) => {
  const customerId = req.auth_context.actor_id
  await markCustomerNotificationReadWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: customerId },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [notification],
  } = await query.graph({
    entity: "customer_notification",
    fields: defaultStoreNotificationFields,
    filters: { id: req.params.id, customer_id: customerId },
  })
  res.json({ notification })
}
