import type {
  MedusaContainer,
  SubscriberArgs,
  SubscriberConfig,
} from "@medusajs/framework"

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
 * export default runWorkflowOn(accrueOrderPointsWorkflow, (data: { id: string }) => ({
 *   order_id: data.id,
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
 * A subscriber's `config`: the event it listens to and its stable id. The id
 * is what the event bus and stored retries know the subscriber by, so it
 * never changes once released.
 */
export function subscriberConfig(
  event: string,
  subscriberId: string
): SubscriberConfig {
  return { event, context: { subscriberId } }
}
