import type {
  MedusaContainer,
  SubscriberArgs,
  SubscriberConfig,
} from "@medusajs/framework"
import type {
  ReturnWorkflow,
  UnwrapWorkflowInputDataType,
} from "@medusajs/framework/workflows-sdk"

/** Anything built by `createWorkflow`: called with the container, then run. */
type RunnableWorkflow<TInput> = (container: MedusaContainer) => {
  run: (args: { input: TInput }) => Promise<unknown>
}

/**
 * The whole body of a subscriber here: run one workflow with an input made
 * from the event. The workflows are idempotent, so an event that arrives twice
 * does no harm. Without `toInput` the event's data is the input.
 *
 * This file is named `index` so Medusa's subscriber loader skips it.
 *
 * @example
 * export default runWorkflowOn(reverseOrderPointsWorkflow, (data: ReturnData) => ({
 *   order_id: data.order_id,
 *   return_id: data.return_id,
 * }))
 */
export function runWorkflowOn<TData, TInput = TData>(
  workflow: RunnableWorkflow<TInput>,
  toInput: (data: TData, eventName: string) => TInput = (data) =>
    data as unknown as TInput
) {
  return async ({ event, container }: SubscriberArgs<TData>) => {
    await workflow(container).run({ input: toInput(event.data, event.name) })
  }
}

/**
 * The `toInput` of an entity event (`order.placed`, `delivery.created`, …),
 * whose data is `{ id }`: that id under the name the workflow takes.
 *
 * @example
 * export default runWorkflowOn(accrueOrderPointsWorkflow, entityIdAs("order_id"))
 */
export function entityIdAs<TKey extends string>(key: TKey) {
  return (data: { id: string }) =>
    ({ [key]: data.id }) as { [K in TKey]: string }
}

/**
 * The subscriber of one milestone of a notify workflow (return requests,
 * disputes): the workflow gets the event's name, the milestone and the
 * event's data.
 *
 * @example
 * export default notifyMilestoneOn(notifyDisputeWorkflow, "resolved")
 */
export function notifyMilestoneOn<
  TWorkflow extends ReturnWorkflow<
    { event: string; milestone: string; data: unknown },
    unknown,
    any[]
  >,
>(
  workflow: TWorkflow,
  milestone: UnwrapWorkflowInputDataType<TWorkflow>["milestone"]
) {
  type Input = UnwrapWorkflowInputDataType<TWorkflow>
  return runWorkflowOn(workflow, (data: Input["data"], event) => ({
    event,
    milestone,
    data,
  }))
}

/**
 * A subscriber's `config`: the event it listens to and its stable id. The id
 * is what the event bus and stored retries know the subscriber by, so it
 * never changes once released.
 */
export function subscriberConfig(
  event: string | string[],
  subscriberId: string
): SubscriberConfig {
  return { event, context: { subscriberId } }
}
