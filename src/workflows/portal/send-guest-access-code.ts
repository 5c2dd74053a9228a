import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { GuestCodeRequestedEventData } from "./events"
import { notifyGuestAccessCodeWorkflow } from "./notify-guest-access-code"
import { issueGuestAccessCodeStep } from "./steps/issue-guest-access-code"

export const sendGuestAccessCodeWorkflowId = "send-guest-access-code"

/**
 * On `return_portal.guest_code_requested`: issues the code (stored hashed,
 * ending the order's older codes) and emails it. A redelivered event
 * issues and sends nothing. Returns the code's id and expiry, or null.
 *
 * @example
 * await sendGuestAccessCodeWorkflow(container).run({
 *   input: { code_id: "gac_01…", order_id: "order_01…", locale: "fr" },
 * })
 */
export const sendGuestAccessCodeWorkflow = createWorkflow(
  sendGuestAccessCodeWorkflowId,
  (input: GuestCodeRequestedEventData) => {
    const issued = issueGuestAccessCodeStep({
      code_id: input.code_id,
      order_id: input.order_id,
    })
    when(
      "send-guest-access-code-email",
      { issued },
      ({ issued }) => !!issued
    ).then(() =>
      notifyGuestAccessCodeWorkflow.runAsStep({
        input: transform({ issued, input }, ({ issued, input }) => ({
          id: issued!.id,
          order_id: issued!.order_id,
          code: issued!.code,
          ttl_minutes: issued!.ttl_minutes,
          locale: input.locale ?? null,
        })),
      })
    )
    return new WorkflowResponse(
      transform({ issued }, ({ issued }) =>
        issued ? { id: issued.id, expires_at: issued.expires_at } : null
      )
    )
  }
)
