import { generateEntityId } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PortalEvents } from "./events"
import { countGuestAttemptsStep } from "./steps/count-guest-attempts"
import { findGuestOrderStep } from "./steps/find-guest-order"
import { orderNumberOf } from "./utils"

export type RequestGuestAccessCodeWorkflowInput = {
  order_number: number | string
  email: string
  locale?: string | null
  /** The caller's IP, counted for the per-IP limit. */
  ip: string
}

export type RequestGuestAccessCodeWorkflowOutput = {
  /** Over a limit: nothing was looked up or sent. */
  limited: boolean
}

export const requestGuestAccessCodeWorkflowId = "request-guest-access-code"

/**
 * A guest asks for a code to open an order: counts the attempt (per order
 * number and per IP), then, if the number and email match an order, emits
 * `return_portal.guest_code_requested`, whose subscriber issues the code
 * and emails it. The email is sent after the answer, so a matching pair
 * takes as long to answer as a wrong one; the output says only whether
 * the caller was rate-limited.
 *
 * @example
 * const { result } = await requestGuestAccessCodeWorkflow(container).run({
 *   input: { order_number: 1042, email: "guest@example.com", ip: "203.0.113.7" },
 * })
 */
export const requestGuestAccessCodeWorkflow = createWorkflow(
  requestGuestAccessCodeWorkflowId,
  (input: RequestGuestAccessCodeWorkflowInput) => {
    const attempts = transform({ input }, ({ input }) => [
      { scope: "ip" as const, key: input.ip },
      {
        scope: "code:order" as const,
        key: String(orderNumberOf(input.order_number)),
      },
    ])
    const { limited } = countGuestAttemptsStep({ attempts })

    const order = when(
      "find-guest-order-for-code",
      { limited },
      ({ limited }) => !limited
    ).then(() =>
      findGuestOrderStep({
        order_number: input.order_number,
        email: input.email,
      })
    )

    when("emit-guest-code-requested", { order }, ({ order }) => !!order).then(
      () => {
        emitEventStep({
          eventName: PortalEvents.GUEST_CODE_REQUESTED,
          data: transform({ order, input }, ({ order, input }) => ({
            code_id: generateEntityId(undefined, "gac"),
            order_id: order!.id,
            locale: input.locale ?? null,
          })),
        })
      }
    )

    return new WorkflowResponse<RequestGuestAccessCodeWorkflowOutput>(
      transform({ limited }, ({ limited }) => ({ limited }))
    )
  }
)
