import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
  type StepFunction,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import type { NotificationEvent } from "./create-build-notification-step"
import {
  sendCustomerNotificationWorkflow,
  type SendCustomerNotificationWorkflowInput,
} from "./send-customer-notification"

/**
 * Every `notify-*` workflow has one shape: a build step turns the event into
 * a message (or null when there is nothing to send: the record is gone, a
 * guest, the request moved on), then `send-customer-notification` sends it
 * once. This factory writes that shape once; each workflow gives its id and
 * its build step. The `when` step is named `send-<noun>-notification` after
 * the id `notify-<noun>`, as stored executions know it.
 *
 * The result is the send outcome, or null when nothing was sent.
 *
 * @example
 * export const notifyDisputeWorkflow = createNotifyWorkflow<NotifyDisputeWorkflowInput>(
 *   "notify-dispute",
 *   buildDisputeNotificationStep
 * )
 */
export function createNotifyWorkflow<TInput>(
  workflowId: string,
  buildMessage: (
    input: WorkflowData<TInput>
  ) => WorkflowData<SendCustomerNotificationWorkflowInput | null>
) {
  const sendStepName = `send-${workflowId.replace(/^notify-/, "")}-notification`
  return createWorkflow(workflowId, (input: WorkflowData<TInput>) => {
    const message = buildMessage(input)
    const result = when(
      sendStepName,
      { message },
      ({ message }) => !!message
    ).then(() =>
      sendCustomerNotificationWorkflow.runAsStep({
        input: transform({ message }, ({ message }) => message!),
      })
    )
    const outcome = transform({ result }, ({ result }) => result ?? null)
    return new WorkflowResponse(outcome)
  })
}

/**
 * A `notify-*` workflow for one event: its input is the event's data, which
 * the build step gets with the event's name.
 *
 * @example
 * export const notifyRewardRedeemedWorkflow = createEventNotifyWorkflow(
 *   "notify-reward-redeemed",
 *   LoyaltyEvents.REWARD_REDEEMED,
 *   buildRewardRedeemedNotificationStep
 * )
 */
export function createEventNotifyWorkflow<TData>(
  workflowId: string,
  event: string,
  buildStep: StepFunction<
    NotificationEvent<TData>,
    SendCustomerNotificationWorkflowInput | null
  >
) {
  // The step reads `data` at run time: composing it with the event's name
  // needs no transform, only the type the SDK cannot infer for a generic.
  return createNotifyWorkflow(workflowId, (data: WorkflowData<TData>) =>
    buildStep({ event, data } as WorkflowData<NotificationEvent<TData>>)
  )
}
