import {
  createHook,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { singleStepWorkflow } from "../utils/single-step-workflow"
import { applyLoyaltyImportStep } from "./steps/apply-loyalty-import"
import { createLoyaltyImportStep } from "./steps/create-loyalty-import"
import { finishLoyaltyImportStep } from "./steps/finish-loyalty-import"
import { previewLoyaltyImportStep } from "./steps/preview-loyalty-import"
import { startLoyaltyImportStep } from "./steps/start-loyalty-import"

/**
 * The dry run of an import: what it would create, adjust, leave unchanged
 * and skip, without writing.
 *
 * @example
 * const { result } = await previewLoyaltyImportWorkflow(container).run({
 *   input: { csv, format: "loyaltylion" },
 * })
 */
export const previewLoyaltyImportWorkflow = singleStepWorkflow(
  "preview-loyalty-import",
  previewLoyaltyImportStep
)

/**
 * Records an import (queued) after checking its file; run it with
 * {@link runLoyaltyImportWorkflow}.
 *
 * @example
 * const { result } = await createLoyaltyImportWorkflow(container).run({
 *   input: { csv, created_by: "user_123" },
 * })
 */
export const createLoyaltyImportWorkflow = singleStepWorkflow(
  "create-loyalty-import",
  createLoyaltyImportStep
)

export const runLoyaltyImportWorkflowId = "run-loyalty-import"

/**
 * Runs a recorded import: members of the file matched to customers by
 * email (none created), one `adjust` entry per member naming the import
 * for the difference between the file's balance and what earlier imports
 * from the same source added (so running a file twice changes nothing),
 * imported tiers locked for a year. Batches run in the background; the
 * import record shows the progress. Hook: `loyaltyImported`.
 *
 * @example
 * await runLoyaltyImportWorkflow(container).run({ input: { import_id: "limp_123" } })
 */
export const runLoyaltyImportWorkflow = createWorkflow(
  runLoyaltyImportWorkflowId,
  (input: { import_id: string }) => {
    startLoyaltyImportStep(input)
    const summary = applyLoyaltyImportStep(input).config({
      async: true,
      backgroundExecution: true,
    })
    finishLoyaltyImportStep(input)

    const loyaltyImported = createHook("loyaltyImported", { input, summary })
    return new WorkflowResponse(summary, { hooks: [loyaltyImported] })
  }
)
