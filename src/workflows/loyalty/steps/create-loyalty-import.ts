import { createHash } from "node:crypto"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseLoyaltyImport } from "../../../modules/loyalty-program/utils/import-formats"
import { loyaltyProgramStep } from "../../utils/module-step"
import type { LoyaltyImportFileInput } from "./preview-loyalty-import"

export const createLoyaltyImportStepId = "create-loyalty-import"

/**
 * Checks the file (format, columns) and records the import, queued, with
 * the file and its hash; compensation deletes the record.
 *
 * @example
 * const record = createLoyaltyImportStep({ csv, format: "yotpo", created_by: "user_123" })
 */
export const createLoyaltyImportStep = loyaltyProgramStep(
  createLoyaltyImportStepId,
  async (input: LoyaltyImportFileInput & { created_by: string }, service) => {
    const parsed = parseLoyaltyImport(input.csv, input.format)
    const record = await service.createLoyaltyImports({
      format: parsed.format,
      source: input.source ?? parsed.format,
      filename: input.filename ?? null,
      file_hash: createHash("sha256").update(input.csv).digest("hex"),
      total_rows: parsed.rows.length,
      tier_mapping: input.tier_mapping ?? null,
      content: input.csv,
      created_by: input.created_by,
    })
    return new StepResponse({ id: record.id }, record.id)
  },
  async (id, service) => {
    await service.deleteLoyaltyImports(id)
  }
)
