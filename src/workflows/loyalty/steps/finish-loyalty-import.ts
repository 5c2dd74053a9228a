import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyProgramStep } from "../../utils/module-step"

export const finishLoyaltyImportStepId = "finish-loyalty-import"

/**
 * Marks an import completed and drops its file (the hash and the report
 * stay): a completed import is not run again, and the next file is
 * compared through the ledger, not through this one.
 *
 * @example
 * finishLoyaltyImportStep({ import_id: "limp_123" })
 */
export const finishLoyaltyImportStep = loyaltyProgramStep(
  finishLoyaltyImportStepId,
  async (input: { import_id: string }, service) => {
    await service.updateLoyaltyImports({
      id: input.import_id,
      status: "completed",
      finished_at: new Date(),
      content: null,
    })
    return new StepResponse({ id: input.import_id })
  }
)
