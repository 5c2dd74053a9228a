import type { AdminResendNotificationResponse } from "../../../../../types/http"
import type { AdminRoute } from "../../../../utils/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resendCustomerNotificationWorkflow } from "../../../../../workflows/notifications"
import { defaultAdminNotificationAttemptFields } from "../../query-config"

/**
 * Sends the attempt's notification again under a new key suffix and
 * returns the outcome and the new attempts. If the email fails again the
 * answer is `retrying`: the workflow engine retries it and falls back, as
 * for any notification.
 */
export const POST: AdminRoute<AdminResendNotificationResponse> = async (
  req,
  res
) => {
  const { result } = await resendCustomerNotificationWorkflow(req.scope).run({
    input: { attempt_id: req.params.id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: notification_attempts } = await query.graph({
    entity: "notification_attempt",
    fields: defaultAdminNotificationAttemptFields,
    filters: { idempotency_key: result.idempotency_key },
  })
  res.json({ result, notification_attempts })
}
