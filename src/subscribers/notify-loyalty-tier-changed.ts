import {
  notifyLoyaltyTierChangedWorkflow,
  type TierChangedEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Tells the customer about a new tier (idempotent per tier change). */
export default runWorkflowOn<TierChangedEventData>(
  notifyLoyaltyTierChangedWorkflow
)

export const config = subscriberConfig(
  "loyalty.tier_changed",
  "rms-notify-loyalty-tier-changed"
)
