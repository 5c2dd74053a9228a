import {
  notifyPointsExpiringWorkflow,
  type PointsExpiringEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Reminds the customer of points about to expire (once per date). */
export default runWorkflowOn<PointsExpiringEventData>(
  notifyPointsExpiringWorkflow
)

export const config = subscriberConfig(
  "loyalty.points_expiring",
  "rms-notify-points-expiring"
)
