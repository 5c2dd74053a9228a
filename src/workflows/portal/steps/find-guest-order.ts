import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { queryStep } from "../../utils/module-step"
import { orderNumberOf, sameEmail } from "../utils"

export type FindGuestOrderStepInput = {
  order_number: number | string
  email: string
}

/** The order a guest named, as guest access needs it. */
export type GuestOrder = {
  id: string
  display_id: number
  email: string
  customer_id: string
}

export const findGuestOrderStepId = "find-guest-order"

/**
 * The order with this number whose email is `email` (case aside), or null:
 * unknown numbers, wrong emails, draft orders and orders without a
 * customer all look the same to the caller. An order needs its customer
 * (Medusa gives a guest checkout one with `has_account: false`): return
 * requests and disputes are filed under it.
 *
 * @example
 * const order = findGuestOrderStep({ order_number: 1042, email: "guest@example.com" })
 */
export const findGuestOrderStep = queryStep(
  findGuestOrderStepId,
  async (input: FindGuestOrderStepInput, query) => {
    const displayId = orderNumberOf(input.order_number)
    if (!Number.isSafeInteger(displayId) || displayId < 1) {
      return new StepResponse<GuestOrder | null>(null)
    }
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "email", "customer_id", "is_draft_order"],
      filters: { display_id: displayId },
    })
    const order = orders.find(
      (o) =>
        !o.is_draft_order && o.customer_id && sameEmail(o.email, input.email)
    )
    return new StepResponse<GuestOrder | null>(
      order
        ? {
            id: order.id,
            display_id: Number(order.display_id),
            email: order.email!,
            customer_id: order.customer_id!,
          }
        : null
    )
  }
)
