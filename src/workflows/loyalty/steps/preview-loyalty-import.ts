import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoyaltyImportSummary } from "../../../modules/loyalty-program/types"
import {
  FORMAT_SPECS,
  parseLoyaltyImport,
  type LoyaltyCsvFormat,
} from "../../../modules/loyalty-program/utils/import-formats"
import {
  addToImportSummary,
  emptyImportSummary,
  mergeImportSummaries,
} from "../../../modules/loyalty-program/utils/plan-import"
import { loyaltyProgramStep } from "../../utils/module-step"
import { importBatches } from "../utils/import-batches"

/** An import file as the admin uploads it. */
export type LoyaltyImportFileInput = {
  /** The CSV text. */
  csv: string
  /** Omitted: detected from the headers. */
  format?: LoyaltyCsvFormat
  /** Whose balances these are; defaults to the format. */
  source?: string
  /** Source tier name → plugin tier name or id. */
  tier_mapping?: Record<string, string> | null
  filename?: string | null
}

export type LoyaltyImportPreview = {
  format: LoyaltyCsvFormat
  source: string
  total_rows: number
  summary: LoyaltyImportSummary
}

export const previewLoyaltyImportStepId = "preview-loyalty-import"

/**
 * The dry run: the import's own computation, batch by batch, without
 * writing anything. Counts what would be created, adjusted, left unchanged
 * or skipped (and why), with a sample of rows of each.
 *
 * @example
 * const preview = previewLoyaltyImportStep({ csv, format: "smile" })
 */
export const previewLoyaltyImportStep = loyaltyProgramStep(
  previewLoyaltyImportStepId,
  async (input: LoyaltyImportFileInput, service, { container }) => {
    const parsed = parseLoyaltyImport(input.csv, input.format)
    const source = input.source ?? parsed.format
    const now = new Date()
    const summary = emptyImportSummary()
    for await (const batch of importBatches(container, parsed.rows)) {
      addToImportSummary(summary, batch.skipped, { pending: batch.pending })
      if (batch.matched.length) {
        mergeImportSummaries(
          summary,
          await service.previewImportBatch({
            source,
            label: FORMAT_SPECS[parsed.format].label,
            rows: batch.matched,
            tier_mapping: input.tier_mapping,
            now,
          })
        )
      }
    }
    return new StepResponse<LoyaltyImportPreview>({
      format: parsed.format,
      source,
      total_rows: parsed.rows.length,
      summary,
    })
  }
)
