import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export const validateDisputeAssigneeStepId = "validate-dispute-assignee"

/**
 * The assignee must be an existing admin user.
 *
 * @example
 * validateDisputeAssigneeStep({ assignee_id: "user_123" })
 */
export const validateDisputeAssigneeStep = createStep(
  validateDisputeAssigneeStepId,
  async (input: { assignee_id: string | null }, { container }) => {
    if (!input.assignee_id) {
      return new StepResponse(null)
    }
    const users = await container
      .resolve(Modules.USER)
      .listUsers({ id: input.assignee_id }, { select: ["id"] })
    if (!users.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `assignee_id: no admin user with id ${input.assignee_id}`
      )
    }
    return new StepResponse(users[0].id)
  }
)
