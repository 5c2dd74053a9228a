import { buildNotificationsReportStep } from "./steps/build-notifications-report"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const notificationsReportWorkflowId = "notifications-report"

/**
 * Notification delivery for a period: attempts, emails sent, failed calls,
 * fallbacks, and the delivery-success and fallback rates.
 *
 * @example
 * const { result } = await notificationsReportWorkflow(container).run({
 *   input: { from: new Date("2026-01-01"), to: new Date() },
 * })
 */
export const notificationsReportWorkflow = singleStepWorkflow(
  notificationsReportWorkflowId,
  buildNotificationsReportStep
)
