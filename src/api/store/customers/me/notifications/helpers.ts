import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreNotificationPreferences } from "../../../../../types/http"

/** The customer's preferences, defaults when none were saved. */
export const fetchNotificationPreferences = async (
  scope: MedusaContainer,
  customerId: string
): Promise<StoreNotificationPreferences> => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [preference],
  } = await query.graph({
    entity: "notification_preference",
    fields: ["marketing_opt_out", "updated_at"],
    filters: { customer_id: customerId },
  })
  return {
    marketing_opt_out: !!preference?.marketing_opt_out,
    updated_at: preference?.updated_at ?? null,
  }
}
