import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateDisputeEvidenceDTO } from "../../../modules/return-dispute"
import { returnDisputeStep } from "../../utils/module-step"

export type CreateDisputeEvidenceStepInput = CreateDisputeEvidenceDTO

export const createDisputeEvidenceStepId = "create-dispute-evidence"

/**
 * Records an uploaded file as evidence. Compensation deletes the record.
 *
 * @example
 * createDisputeEvidenceStep({ dispute_id, kind: "photo", file_id, url, filename, mime_type, size, uploaded_by_type: "customer", uploaded_by })
 */
export const createDisputeEvidenceStep = returnDisputeStep(
  createDisputeEvidenceStepId,
  async (input: CreateDisputeEvidenceStepInput, service) => {
    const evidence = await service.createDisputeEvidences({
      ...input,
      description: input.description ?? null,
    })
    return new StepResponse(evidence, evidence.id)
  },
  async (id, service) => {
    await service.deleteDisputeEvidences(id)
  }
)
