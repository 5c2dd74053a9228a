import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AddDisputeMessageInput } from "../../../modules/return-dispute"
import { returnDisputeStep } from "../../utils/module-step"

export type AddDisputeMessageStepInput = AddDisputeMessageInput & {
  dispute_id: string
}

export const addDisputeMessageStepId = "add-dispute-message"

/**
 * Appends a message under the dispute's lock (closed disputes refuse all
 * but system messages) and applies its effects: first response time, a
 * customer's answer putting the dispute back in review. Compensation
 * removes the message and restores both.
 *
 * @example
 * const { message, status } = addDisputeMessageStep({ dispute_id, author_type: "staff", author_id, body, internal: false })
 */
export const addDisputeMessageStep = returnDisputeStep(
  addDisputeMessageStepId,
  async (input: AddDisputeMessageStepInput, service) => {
    const { dispute_id, ...message } = input
    const result = await service.addMessage(dispute_id, message)
    return new StepResponse(result, {
      dispute_id,
      message_id: result.message.id,
      previous: result.previous,
    })
  },
  async (undo, service) => {
    await service.undoMessage(undo.dispute_id, undo.message_id, {
      status: undo.previous.status,
      first_response_at: undo.previous.first_response_at
        ? new Date(undo.previous.first_response_at)
        : null,
    })
  }
)
