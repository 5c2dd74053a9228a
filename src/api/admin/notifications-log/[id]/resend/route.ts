import type { AdminResendNotificationResponse } from "../../../../../types/http"
import type { AdminRoute } from "../../../../utils/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  resendCustomerNotificationWorkflowId,
  type SendCustomerNotificationWorkflowOutput,
} from "../../../../../workflows/notifications"
import { runWorkflowToEnd } from "../../../../../workflows/utils/run-to-end"
import { defaultAdminNotificationAttemptFields } from "../../query-config"

/**
 * Sends the attempt's notification again under a new key suffix, with the
 * usual retries and fallback; returns the outcome and the new attempts
 * once the retries (run by the workflow engine) are over.
 */
export const POST: AdminRoute<AdminResendNotificationResponse> = async (
  req,
  res
) => {
  const result = await runWorkflowToEnd<SendCustomerNotificationWorkflowOutput>(
    req.scope,
    resendCustomerNotificationWorkflowId,
    { input: { attempt_id: req.params.id } }
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: notification_attempts } = await query.graph({
    entity: "notification_attempt",
    fields: defaultAdminNotificationAttemptFields,
    filters: { idempotency_key: result.idempotency_key },
  })
  res.json({ result, notification_attempts })
}
