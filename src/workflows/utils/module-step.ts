import type {
  IOrderModuleService,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  type StepExecutionContext,
  type StepResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  CUSTOMER_NOTIFICATION_MODULE,
  type CustomerNotificationModuleService,
} from "../../modules/customer-notification"
import {
  LOYALTY_PROGRAM_MODULE,
  type LoyaltyProgramModuleService,
} from "../../modules/loyalty-program"
import {
  RETURN_DISPUTE_MODULE,
  type ReturnDisputeModuleService,
} from "../../modules/return-dispute"
import {
  RETURN_POLICY_MODULE,
  type ReturnPolicyModuleService,
} from "../../modules/return-policy"
import {
  RETURN_LOGISTICS_MODULE,
  type ReturnLogisticsModuleService,
} from "../../modules/return-logistics"
import {
  RETURN_PORTAL_MODULE,
  type ReturnPortalModuleService,
} from "../../modules/return-portal"

/** Nothing to undo: no input, or an empty list of ids. */
const nothingToUndo = (undo: unknown) =>
  undo === undefined || undo === null || (Array.isArray(undo) && !undo.length)

/**
 * Makes steps that work through one module service: `invoke` and
 * `compensate` get the service resolved from the step's container, with
 * the step's context for anything else. Compensation is skipped when the
 * step left nothing to undo (no compensation input, or an empty list); a
 * step without `compensate` is read-only or only validates. The plugin's
 * modules, Query and the Order module each have theirs below
 * (`returnDisputeStep`, `queryStep`, ...).
 *
 * @example
 * const returnDisputeStep = moduleStep<ReturnDisputeModuleService>(RETURN_DISPUTE_MODULE)
 *
 * export const setDisputeStatusStep = returnDisputeStep(
 *   "set-dispute-status",
 *   async (input: { dispute_id: string; status: DisputeStatus }, service) => {
 *     const { previous } = await service.setDisputeStatus(input.dispute_id, input.status)
 *     return new StepResponse({ previous }, { dispute_id: input.dispute_id, previous })
 *   },
 *   async (undo, service) => {
 *     await service.restoreDisputeStatus(undo.dispute_id, undo.previous)
 *   }
 * )
 */
export function moduleStep<TService>(moduleKey: string) {
  return function moduleStepOf<TInput, TOutput, TUndo = undefined>(
    stepId: string,
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
}

/** Steps on the loyalty program module (tiers, accounts, points, rewards). */
export const loyaltyProgramStep = moduleStep<LoyaltyProgramModuleService>(
  LOYALTY_PROGRAM_MODULE
)

/** Steps on the return policy module (policies, reason codes, requests). */
export const returnPolicyStep =
  moduleStep<ReturnPolicyModuleService>(RETURN_POLICY_MODULE)

/** Steps on the return dispute module (disputes, messages, templates). */
export const returnDisputeStep = moduleStep<ReturnDisputeModuleService>(
  RETURN_DISPUTE_MODULE
)

/** Steps on the customer notification module (attempts, feed, preferences). */
export const customerNotificationStep =
  moduleStep<CustomerNotificationModuleService>(CUSTOMER_NOTIFICATION_MODULE)

/** Steps on the return portal module (guest codes, rate limits). */
export const returnPortalStep =
  moduleStep<ReturnPortalModuleService>(RETURN_PORTAL_MODULE)

/** Steps on the return logistics module (return shipments). */
export const returnLogisticsStep = moduleStep<ReturnLogisticsModuleService>(
  RETURN_LOGISTICS_MODULE
)

/** Steps that read through Query (`container.resolve("query")`). */
export const queryStep = moduleStep<Omit<RemoteQueryFunction, symbol>>(
  ContainerRegistrationKeys.QUERY
)

/** Steps on Medusa's Order module. */
export const orderModuleStep = moduleStep<IOrderModuleService>(Modules.ORDER)

/** A step maker of one module service, e.g. `loyaltyProgramStep`. */
export type ModuleStepMaker<TService> = ReturnType<typeof moduleStep<TService>>
