import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ModuleStepMaker } from "./module-step"

/**
 * A step that creates records through one module service and, on
 * compensation, deletes exactly the records it created. For the plain
 * create steps (tiers, rewards, policies, reason codes, policy templates),
 * which differ only in the service and its methods; `validate` runs on
 * each input first.
 *
 * @example
 * export const createTiersStep = createRecordsStep("create-tiers", loyaltyProgramStep, {
 *   create: (service, input: CreateTierDTO[]) => service.createLoyaltyTiers(input),
 *   delete: (service, ids) => service.deleteLoyaltyTiers(ids),
 * })
 */
export function createRecordsStep<
  TService,
  TInput,
  TRecord extends { id: string },
>(
  stepId: string,
  moduleStep: ModuleStepMaker<TService>,
  methods: {
    create: (service: TService, input: TInput[]) => Promise<TRecord[]>
    delete: (service: TService, ids: string[]) => Promise<unknown>
    validate?: (input: TInput) => void
  }
) {
  return moduleStep(
    stepId,
    async (input: TInput[], service) => {
      if (methods.validate) {
        input.forEach(methods.validate)
      }
      const records = await methods.create(service, input)
      return new StepResponse(
        records,
        records.map((r) => r.id)
      )
    },
    async (ids, service) => {
      await methods.delete(service, ids)
    }
  )
}

/** The models a service can soft-delete and restore, e.g. `"LoyaltyRewards"`. */
type SoftDeletableModel<TService> = {
  [K in keyof TService & string]: K extends `softDelete${infer TModel}`
    ? `restore${TModel}` extends keyof TService
      ? TModel
      : never
    : never
}[keyof TService & string]

type IdsMethod = (ids: string[]) => Promise<unknown>

/**
 * A step that soft-deletes records of one model by id and, on
 * compensation, restores them, through the `softDelete<Model>` and
 * `restore<Model>` methods `MedusaService` gives the module service.
 * Returns the ids it deleted.
 *
 * @example
 * export const deleteTiersStep = softDeleteRecordsStep(
 *   "delete-tiers",
 *   loyaltyProgramStep,
 *   "LoyaltyTiers"
 * )
 */
export function softDeleteRecordsStep<
  TService,
  TModel extends SoftDeletableModel<TService>,
>(stepId: string, moduleStep: ModuleStepMaker<TService>, model: TModel) {
  // The model name is checked against the service's methods above; the
  // generated methods themselves are looked up by name.
  const method = (service: TService, verb: "softDelete" | "restore") =>
    (service as Record<string, IdsMethod>)[`${verb}${model}`].bind(service)
  return moduleStep(
    stepId,
    async (ids: string[], service) => {
      await method(service, "softDelete")(ids)
      return new StepResponse(ids, ids)
    },
    async (ids, service) => {
      await method(service, "restore")(ids)
    }
  )
}

/** The values an update replaced, by field, with the record's id. */
type PreviousValues = { id: string } & Record<string, unknown>

/**
 * A step that updates one record through one module service and, on
 * compensation, puts back the values the update replaced (only the fields
 * it was given). `validate` sees the record before and the update, and
 * throws to refuse it before anything is written.
 *
 * @example
 * export const updateTierStep = updateRecordStep("update-tier", loyaltyProgramStep, {
 *   retrieve: (service, id) => service.retrieveLoyaltyTier(id),
 *   update: (service, input: UpdateTierDTO) => service.updateLoyaltyTiers(input),
 * })
 */
export function updateRecordStep<
  TService,
  TInput extends { id: string },
  TBefore extends object,
  TRecord,
>(
  stepId: string,
  moduleStep: ModuleStepMaker<TService>,
  methods: {
    retrieve: (service: TService, id: string) => Promise<TBefore>
    update: (service: TService, input: TInput) => Promise<TRecord>
    validate?: (before: TBefore, input: TInput) => void
  }
) {
  return moduleStep(
    stepId,
    async (input: TInput, service) => {
      const before = await methods.retrieve(service, input.id)
      methods.validate?.(before, input)
      const record = await methods.update(service, input)

      const previous = Object.fromEntries(
        Object.keys(input).map((key) => [
          key,
          (before as Record<string, unknown>)[key],
        ])
      ) as PreviousValues
      return new StepResponse(record, previous)
    },
    async (previous, service) => {
      await methods.update(service, previous as TInput)
    }
  )
}
