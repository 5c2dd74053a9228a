import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * A step that creates records through one module service and, on
 * compensation, deletes exactly the records it created. For the plain
 * create steps (tiers, rewards, policy templates, ...), which differ only in
 * the service and its methods; `validate` runs on each input first.
 *
 * @example
 * export const createTiersStep = createRecordsStep<LoyaltyProgramModuleService, CreateTierDTO, LoyaltyTier>(
 *   "create-tiers",
 *   LOYALTY_PROGRAM_MODULE,
 *   {
 *     create: (service, input) => service.createLoyaltyTiers(input),
 *     delete: (service, ids) => service.deleteLoyaltyTiers(ids),
 *   }
 * )
 */
export function createRecordsStep<
  TService,
  TInput,
  TRecord extends { id: string },
>(
  stepId: string,
  moduleKey: string,
  methods: {
    create: (service: TService, input: TInput[]) => Promise<TRecord[]>
    delete: (service: TService, ids: string[]) => Promise<unknown>
    validate?: (input: TInput) => void
  }
) {
  return createStep(
    stepId,
    async (input: TInput[], { container }) => {
      if (methods.validate) {
        input.forEach(methods.validate)
      }
      const service = container.resolve<TService>(moduleKey)
      const records = await methods.create(service, input)
      return new StepResponse(
        records,
        records.map((r) => r.id)
      )
    },
    async (ids, { container }) => {
      if (!ids?.length) {
        return
      }
      await methods.delete(container.resolve<TService>(moduleKey), ids)
    }
  )
}

/**
 * A step that soft-deletes records by id through one module service and, on
 * compensation, restores them. Returns the ids it deleted.
 *
 * @example
 * export const deleteTiersStep = softDeleteRecordsStep<LoyaltyProgramModuleService>(
 *   "delete-tiers",
 *   LOYALTY_PROGRAM_MODULE,
 *   {
 *     softDelete: (service, ids) => service.softDeleteLoyaltyTiers(ids),
 *     restore: (service, ids) => service.restoreLoyaltyTiers(ids),
 *   }
 * )
 */
export function softDeleteRecordsStep<TService>(
  stepId: string,
  moduleKey: string,
  methods: {
    softDelete: (service: TService, ids: string[]) => Promise<unknown>
    restore: (service: TService, ids: string[]) => Promise<unknown>
  }
) {
  return createStep(
    stepId,
    async (ids: string[], { container }) => {
      await methods.softDelete(container.resolve<TService>(moduleKey), ids)
      return new StepResponse(ids, ids)
    },
    async (ids, { container }) => {
      if (!ids?.length) {
        return
      }
      await methods.restore(container.resolve<TService>(moduleKey), ids)
    }
  )
}
