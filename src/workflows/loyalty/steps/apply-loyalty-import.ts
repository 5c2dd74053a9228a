import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoyaltyImportSummary } from "../../../modules/loyalty-program/types"
import {
  FORMAT_SPECS,
  parseLoyaltyImport,
} from "../../../modules/loyalty-program/utils/import-formats"
import {
  emptyImportSummary,
  mergeImportSummaries,
} from "../../../modules/loyalty-program/utils/plan-import"
import { loyaltyProgramStep } from "../../utils/module-step"
import { importBatches } from "../utils/import-batches"

export const applyLoyaltyImportStepId = "apply-loyalty-import"

/**
 * Imports the file of a running import in batches: each batch is matched
 * to customers with one query and written by the module in one
 * transaction, in bulk, with the import's progress, so the admin sees it
 * move and a failure loses only the batch it happened in. On failure the
 * error is saved on the import and compensation undoes the batches already
 * written (inverse entries, tiers put back).
 *
 * @example
 * const summary = applyLoyaltyImportStep({ import_id: "limp_123" })
 */
export const applyLoyaltyImportStep = loyaltyProgramStep(
  applyLoyaltyImportStepId,
  async (input: { import_id: string }, service, { container }) => {
    const record = await service.retrieveLoyaltyImport(input.import_id)
    const undo = { import_id: record.id, source: record.source }
    const summary: LoyaltyImportSummary = emptyImportSummary()
    try {
      const parsed = parseLoyaltyImport(record.content ?? "", record.format)
      const now = new Date()
      for await (const batch of importBatches(container, parsed.rows)) {
        mergeImportSummaries(
          summary,
          await service.applyImportBatch({
            import_id: record.id,
            source: record.source,
            label: FORMAT_SPECS[record.format].label,
            rows: batch.matched,
            skipped: batch.skipped,
            pending_not_imported: batch.pending,
            processed_rows: batch.processed_rows,
            tier_mapping: record.tier_mapping as Record<string, string> | null,
            now,
          })
        )
      }
    } catch (error) {
      const message = (error as Error).message
      await service.updateLoyaltyImports({ id: record.id, error: message })
      return StepResponse.permanentFailure(message, undo)
    }
    return new StepResponse(summary, undo)
  },
  async (undo, service) => {
    await service.revertImport(undo.import_id, undo.source)
  }
)
