import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { consumeGuestAccessCodeStep } from "./steps/consume-guest-access-code"
import { countGuestAttemptsStep } from "./steps/count-guest-attempts"
import { findGuestOrderStep } from "./steps/find-guest-order"
import { signGuestSessionStep } from "./steps/sign-guest-session"
import { orderNumberOf } from "./utils"

export type CreateGuestPortalSessionWorkflowInput = {
  order_number: number | string
  email: string
  code: string
  /** The caller's IP, counted for the per-IP limit. */
  ip: string
}

export type CreateGuestPortalSessionWorkflowOutput =
  | { status: "limited" }
  | { status: "invalid" }
  | { status: "ok"; token: string; order_id: string; expires_at: Date }

export const createGuestPortalSessionWorkflowId = "create-guest-portal-session"

/**
 * A guest trades the emailed code for a session on the order: counts the
 * attempt (per order number and per IP), finds the order by number and
 * email, uses the code (once; wrong codes wear it out) and signs a token
 * scoped to that order. A wrong pair, and a wrong, used or expired code,
 * all end as `invalid`.
 *
 * @example
 * const { result } = await createGuestPortalSessionWorkflow(container).run({
 *   input: { order_number: 1042, email: "guest@example.com", code: "482913", ip: "203.0.113.7" },
 * })
 */
export const createGuestPortalSessionWorkflow = createWorkflow(
  createGuestPortalSessionWorkflowId,
  (input: CreateGuestPortalSessionWorkflowInput) => {
    const attempts = transform({ input }, ({ input }) => [
      { scope: "ip" as const, key: input.ip },
      {
        scope: "session:order" as const,
        key: String(orderNumberOf(input.order_number)),
      },
    ])
    const { limited } = countGuestAttemptsStep({ attempts })

    const checked = when(
      "check-guest-access-code",
      { limited },
      ({ limited }) => !limited
    ).then(() => {
      const order = findGuestOrderStep({
        order_number: input.order_number,
        email: input.email,
      })
      const { accepted } = consumeGuestAccessCodeStep({
        order_id: transform({ order }, ({ order }) => order?.id ?? null),
        code: input.code,
      })
      return { order, accepted }
    })

    const session = when(
      "sign-guest-portal-session",
      { checked },
      ({ checked }) => !!checked?.accepted && !!checked.order
    ).then(() =>
      signGuestSessionStep(
        transform({ checked }, ({ checked }) => ({
          order_id: checked!.order!.id,
          customer_id: checked!.order!.customer_id,
        }))
      )
    )

    return new WorkflowResponse(
      transform(
        { limited, session },
        ({ limited, session }): CreateGuestPortalSessionWorkflowOutput =>
          limited
            ? { status: "limited" }
            : session
              ? { status: "ok", ...session }
              : { status: "invalid" }
      )
    )
  }
)
