import {
  createStep,
  type StepExecutionContext,
  type StepResponse,
} from "@medusajs/framework/workflows-sdk"

/** Nothing to undo: no input, or an empty list of ids. */
const nothingToUndo = (undo: unknown) =>
  undo === undefined || undo === null || (Array.isArray(undo) && !undo.length)

/**
 * A step that works through one module service: `invoke` and `compensate`
 * get the service resolved from the step's container, with the step's
 * context for anything else. Compensation is skipped when the step left
 * nothing to undo (no compensation input, or an empty list); a step
 * without `compensate` is read-only or only validates.
 *
 * @example
 * export const setDisputeStatusStep = moduleStep(
 *   "set-dispute-status",
 *   RETURN_DISPUTE_MODULE,
 *   async (input: SetDisputeStatusInput, service: ReturnDisputeModuleService) => {
 *     const previous = await service.retrieveDispute(input.id)
 *     const dispute = await service.updateDisputes(input)
 *     return new StepResponse(dispute, { id: input.id, status: previous.status })
 *   },
 *   async (previous, service) => {
 *     await service.updateDisputes(previous)
 *   }
 * )
 */
export function moduleStep<TService, TInput, TOutput, TUndo = undefined>(
  stepId: string,
  moduleKey: string,
  invoke: (
    input: TInput,
    service: TService,
    context: StepExecutionContext
  ) => Promise<StepResponse<TOutput, TUndo>>,
  compensate?: (
    undo: NonNullable<TUndo>,
    service: TService,
    context: StepExecutionContext
  ) => Promise<unknown>
) {
  return createStep<TInput, TOutput, TUndo>(
    stepId,
    async (input: TInput, context) =>
      (await invoke(
        input,
        context.container.resolve<TService>(moduleKey),
        context
      )) as StepResponse<TOutput, TUndo extends undefined ? TOutput : TUndo>,
    compensate &&
      (async (undo, context) => {
        if (nothingToUndo(undo)) {
          return
        }
        await compensate(
          undo as NonNullable<TUndo>,
          context.container.resolve<TService>(moduleKey),
          context
        )
      })
  )
}
