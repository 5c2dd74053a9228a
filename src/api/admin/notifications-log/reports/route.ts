import type { AdminNotificationsReportResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import { notificationsReportWorkflow } from "../../../../workflows/notifications"
import type { AdminGetNotificationsReportParamsType } from "../validators"

/**
 * Delivery figures for a period (`from`, `to`; default the last 30 days):
 * `{ report: { from, to, attempts, sent, failed, fallback,
 * delivery_success_rate, fallback_rate } }`.
 */
export const GET: AdminRoute<
  AdminNotificationsReportResponse,
  unknown,
  AdminGetNotificationsReportParamsType
> = async (req, res) => {
  const { from, to } =
    req.validatedQuery as unknown as AdminGetNotificationsReportParamsType
  const { result } = await notificationsReportWorkflow(req.scope).run({
    input: { from, to },
  })
  res.json({ report: result })
}
