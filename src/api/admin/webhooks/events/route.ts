import { WEBHOOK_EVENTS } from "../../../../modules/webhooks"
import type { AdminWebhookEventListResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"

/** The events an endpoint can subscribe to, with what each payload holds. */
export const GET: AdminRoute<AdminWebhookEventListResponse> = async (
  _req,
  res
) => {
  res.json({ events: WEBHOOK_EVENTS.map((e) => ({ ...e })) })
}
