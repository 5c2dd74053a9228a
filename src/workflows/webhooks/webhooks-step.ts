import {
  WEBHOOKS_MODULE,
  type WebhooksModuleService,
} from "../../modules/webhooks"
import { moduleStep } from "../utils/module-step"

/** Steps on the webhooks module (endpoints, the delivery outbox). */
export const webhooksStep = moduleStep<WebhooksModuleService>(WEBHOOKS_MODULE)
