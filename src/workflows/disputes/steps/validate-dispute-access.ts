import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { assertVisibleToCustomer } from "../../utils/assert-visible"
import { CLOSED_DISPUTE_STATUSES } from "../../../modules/return-dispute"
import type { DisputeDTO } from "../../../modules/return-dispute"
import { returnDisputeStep } from "../../utils/module-step"

export type ValidateDisputeAccessStepInput = {
  dispute_id: string
  /** Set for customers: someone else's dispute is "not found". */
  customer_id?: string
  /** Refuse closed disputes, naming the action. */
  open_for?: string
}

export const validateDisputeAccessStepId = "validate-dispute-access"

/**
 * Loads a dispute the actor may act on: a customer only their own, and,
 * with `open_for`, only while it is not resolved or rejected.
 *
 * @example
 * const dispute = validateDisputeAccessStep({ dispute_id, customer_id, open_for: "evidence" })
 */
export const validateDisputeAccessStep = returnDisputeStep(
  validateDisputeAccessStepId,
  async (input: ValidateDisputeAccessStepInput, service) => {
    const [dispute] = await service.listDisputes({ id: input.dispute_id })
    assertVisibleToCustomer(
      dispute,
      input.customer_id,
      `Dispute with id: ${input.dispute_id} was not found`
    )
    if (
      input.open_for &&
      CLOSED_DISPUTE_STATUSES.includes(dispute.status as DisputeDTO["status"])
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dispute ${dispute.number} is ${dispute.status}: it takes no more ${input.open_for}`
      )
    }
    return new StepResponse(dispute as unknown as DisputeDTO)
  }
)
