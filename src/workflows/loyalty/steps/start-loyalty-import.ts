import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyProgramStep } from "../../utils/module-step"

export const startLoyaltyImportStepId = "start-loyalty-import"

/**
 * Marks a queued (or failed, for a retry) import as running; a running or
 * completed one is refused. Compensation marks it failed.
 *
 * @example
 * startLoyaltyImportStep({ import_id: "limp_123" })
 */
export const startLoyaltyImportStep = loyaltyProgramStep(
  startLoyaltyImportStepId,
  async (input: { import_id: string }, service) => {
    const record = await service.retrieveLoyaltyImport(input.import_id, {
      select: ["id", "status"],
    })
    if (record.status === "running" || record.status === "completed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `import ${record.id} is already ${record.status}`
      )
    }
    await service.updateLoyaltyImports({
      id: record.id,
      status: "running",
      started_at: new Date(),
      finished_at: null,
      error: null,
      processed_rows: 0,
      summary: null,
    })
    return new StepResponse({ id: record.id }, record.id)
  },
  async (id, service) => {
    await service.updateLoyaltyImports({
      id,
      status: "failed",
      finished_at: new Date(),
    })
  }
)
