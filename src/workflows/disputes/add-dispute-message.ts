import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type {
  DisputeAuthorType,
  DisputeChannel,
} from "../../modules/return-dispute"
import { DisputeEvents } from "./events"
import { addDisputeMessageStep } from "./steps/add-dispute-message"
import { validateDisputeAccessStep } from "./steps/validate-dispute-access"
import { validateNoPlaceholdersStep } from "./steps/validate-no-placeholders"

export type AddDisputeMessageWorkflowInput = {
  dispute_id: string
  /** Set for customers: only their own dispute. */
  customer_id?: string
  author_type: Exclude<DisputeAuthorType, "system">
  author_id: string
  body: string
  /** Staff only: a note the customer never sees. */
  internal?: boolean
  channel?: DisputeChannel
}

export const addDisputeMessageWorkflowId = "add-dispute-message"

/**
 * Adds a message to an unresolved dispute; one the customer reads is
 * refused while it holds a template placeholder (`{{amount}}`). The first
 * public staff message
 * is the first response (SLA); a customer's answer to a dispute awaiting
 * them puts it back in review. Emits `dispute.message_added` (and
 * `dispute.status_changed` when the status moved); hook
 * `disputeMessageAdded`.
 *
 * @example
 * await addDisputeMessageWorkflow(container).run({ input: { dispute_id, author_type: "staff", author_id: "user_123", body: "We are on it" } })
 */
export const addDisputeMessageWorkflow = createWorkflow(
  addDisputeMessageWorkflowId,
  (input: AddDisputeMessageWorkflowInput) => {
    validateDisputeAccessStep({
      dispute_id: input.dispute_id,
      customer_id: input.customer_id,
    })
    // Internal notes may keep a template's braces: only staff read them.
    validateNoPlaceholdersStep(
      transform({ input }, ({ input }) => ({
        fields: {
          body:
            input.author_type === "staff" && input.internal ? null : input.body,
        },
      }))
    )
    const result = addDisputeMessageStep(
      transform({ input }, ({ input }) => ({
        dispute_id: input.dispute_id,
        author_type: input.author_type,
        author_id: input.author_id,
        body: input.body,
        internal: input.author_type === "staff" && !!input.internal,
        channel: input.channel,
      }))
    )
    const message = transform({ result }, ({ result }) => result.message)

    emitEventStep({
      eventName: DisputeEvents.MESSAGE_ADDED,
      data: transform({ message }, ({ message }) => ({
        id: message.dispute_id,
        message_id: message.id,
        author_type: message.author_type,
        internal: message.internal,
      })),
    }).config({ name: "emit-message-added" })

    when("status-moved-by-message", { result }, ({ result }) => {
      return result.status !== result.previous.status
    }).then(() => {
      emitEventStep({
        eventName: DisputeEvents.STATUS_CHANGED,
        data: transform({ input, result }, ({ input, result }) => ({
          id: input.dispute_id,
          status: result.status,
          previous_status: result.previous.status,
        })),
      }).config({ name: "emit-status-changed" })
    })

    const disputeMessageAdded = createHook("disputeMessageAdded", {
      message,
    })
    return new WorkflowResponse(message, { hooks: [disputeMessageAdded] })
  }
)
