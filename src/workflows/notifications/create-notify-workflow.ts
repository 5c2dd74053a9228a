import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
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
 * export const notifyRewardRedeemedWorkflow = createNotifyWorkflow(
 *   "notify-reward-redeemed",
 *   (data: WorkflowData<RewardRedeemedEventData>) =>
 *     buildRewardRedeemedNotificationStep({ event: "loyalty.reward_redeemed", data })
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
