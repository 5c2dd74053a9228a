import type {
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CUSTOMER_NOTIFICATION_MODULE,
  type CustomerNotificationSettings,
} from "../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../modules/customer-notification/service"
import type { SendCustomerNotificationWorkflowInput } from "./send-customer-notification"

/** What a `build-*-notification` step is given: the event's name and data. */
export type NotificationEvent<TData> = {
  event: string
  data: TData
}

/**
 * The part of a message a build step works out from the records; the
 * event, and the entity type, template and transactional flag the step was
 * made with, are added by `createBuildNotificationStep`. A step whose
 * milestones differ in template or entity gives them here.
 */
export type NotificationDraft = Pick<
  SendCustomerNotificationWorkflowInput,
  "entity_id" | "customer_id" | "data" | "attachments" | "to"
> &
  Partial<
    Pick<SendCustomerNotificationWorkflowInput, "entity_type" | "template">
  >

/**
 * What every build step reads from besides the event's data: the step's
 * whole input (e.g. a milestone), Query, the settings, and a logged skip.
 */
export type BuildNotificationContext<TInput> = {
  input: TInput
  container: MedusaContainer
  query: Omit<RemoteQueryFunction, symbol>
  /** The notification settings (storefront and account URLs). */
  settings: () => Promise<CustomerNotificationSettings>
  /** Logs why nothing is sent (with the plugin's prefix) and returns null. */
  skip: (why: string) => null
}

/**
 * A `build-*-notification` step: turns an event into the message that
 * `send-customer-notification` sends, or null when there is nothing to send
 * (the record is gone, a guest, the record moved on). `build` only loads
 * and formats what its email shows; the step adds the event and the
 * message's fixed parts (`entity_type`, `template`, `transactional`). A
 * step for several milestones has no fixed template: its `build` returns
 * the milestone's.
 *
 * @example
 * export const buildRewardRedeemedNotificationStep = createBuildNotificationStep(
 *   "build-reward-redeemed-notification",
 *   { entity_type: "loyalty_redemption", template: "reward-redeemed", transactional: true },
 *   async (data: RewardRedeemedEventData, { query }) => {
 *     const { data: [redemption] } = await query.graph({ ... })
 *     return redemption
 *       ? { entity_id: redemption.id, customer_id: data.customer_id, data: { ... } }
 *       : null
 *   }
 * )
 */
export function createBuildNotificationStep<
  TData,
  TInput extends NotificationEvent<TData> = NotificationEvent<TData>,
>(
  stepId: string,
  message: Pick<
    SendCustomerNotificationWorkflowInput,
    "entity_type" | "transactional"
  > & { template?: string },
  build: (
    data: TData,
    context: BuildNotificationContext<TInput>
  ) => Promise<NotificationDraft | null>
) {
  return createStep(stepId, async (input: TInput, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const draft = await build(input.data, {
      input,
      container,
      query: container.resolve(ContainerRegistrationKeys.QUERY),
      settings: () =>
        container
          .resolve<CustomerNotificationModuleService>(
            CUSTOMER_NOTIFICATION_MODULE
          )
          .getSettings(),
      skip: (why) => {
        logger.info(`medusa-plugin-rms: ${why}`)
        return null
      },
    })
    if (!draft) {
      return new StepResponse<SendCustomerNotificationWorkflowInput | null>(
        null
      )
    }
    const template = draft.template ?? message.template
    if (!template) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `${stepId}: the message has no template`
      )
    }
    return new StepResponse<SendCustomerNotificationWorkflowInput | null>({
      ...draft,
      event: input.event,
      entity_type: draft.entity_type ?? message.entity_type,
      template,
      transactional: message.transactional,
    })
  })
}
