import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../../modules/customer-notification/service"
import type { CustomerNotificationSettings } from "../../../modules/customer-notification/types"
import { queryStep } from "../../utils/module-step"
import { loadEmailStore } from "../loaders"

export type NotificationContext = {
  customer: {
    id: string
    email: string | null
    phone: string | null
    first_name: string | null
  } | null
  marketing_opt_out: boolean
  store: {
    name: string
    url: string | null
    logo_url: string | null
    support_email: string | null
  }
  settings: Pick<
    CustomerNotificationSettings,
    "max_retries" | "retry_backoff_ms"
  >
}

export const getNotificationContextStepId = "get-notification-context"

/**
 * Loads what sending a notification needs: the customer's contact details
 * and marketing opt-out, the store's name (Medusa's Store module) and the
 * retry settings. `customer` is null for a guest or a deleted customer.
 *
 * @example
 * const context = getNotificationContextStep({ customer_id: "cus_123" })
 */
export const getNotificationContextStep = queryStep(
  getNotificationContextStepId,
  async (
    { customer_id }: { customer_id?: string | null },
    query,
    { container }
  ) => {
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
    const settings = await service.getSettings()

    const store = await loadEmailStore(query, settings)

    let customer: NotificationContext["customer"] = null
    let optOut = false
    if (customer_id) {
      const {
        data: [found],
      } = await query.graph({
        entity: "customer",
        fields: ["id", "email", "phone", "first_name"],
        filters: { id: customer_id },
      })
      if (found) {
        customer = {
          id: found.id,
          email: found.email ?? null,
          phone: found.phone ?? null,
          first_name: found.first_name ?? null,
        }
        optOut = await service.isMarketingOptedOut(found.id)
      }
    }

    return new StepResponse<NotificationContext>({
      customer,
      marketing_opt_out: optOut,
      store,
      settings: {
        max_retries: settings.max_retries,
        retry_backoff_ms: settings.retry_backoff_ms,
      },
    })
  }
)
