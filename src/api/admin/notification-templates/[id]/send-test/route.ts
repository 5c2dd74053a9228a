import type { AdminSendTestNotificationResponse } from "../../../../../types/http"
import type { AdminRoute } from "../../../../utils/http"
import { sendTestNotificationWorkflow } from "../../../../../workflows/notifications"
import type { AdminSendTestNotificationType } from "../../validators"

/**
 * Sends the template with its sample data to `to` through the Notification
 * module. `{ notification: { id, status, ... } }` when the provider accepted
 * it; a 502 with the provider's error and the failed notification when it
 * did not.
 */
export const POST: AdminRoute<
  AdminSendTestNotificationResponse,
  AdminSendTestNotificationType
> = async (req, res) => {
  const { result } = await sendTestNotificationWorkflow(req.scope).run({
    input: {
      template: req.params.id,
      to: req.validatedBody.to,
      locale: req.validatedBody.locale ?? null,
      sent_by: req.auth_context.actor_id,
    },
  })
  if (result.error) {
    res.status(502).json({
      type: "provider_error",
      message: `The email provider did not send the test email: ${result.error}`,
      notification: result.notification,
    })
    return
  }
  res.json({ notification: result.notification })
}
