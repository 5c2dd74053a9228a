import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_PORTAL_MODULE } from "../../../modules/return-portal"
import type { ReturnPortalModuleService } from "../../../modules/return-portal"
import { signGuestToken, type GuestSession } from "../../../utils/guest-token"
import { jwtSecret } from "../utils"

export const signGuestSessionStepId = "sign-guest-session"

/**
 * Signs the guest session token (HS256 with the store's JWT secret) for
 * one order and its customer, valid `portal.session_ttl_minutes`.
 *
 * @example
 * const session = signGuestSessionStep({ order_id: "order_01…", customer_id: "cus_01…" })
 */
export const signGuestSessionStep = createStep(
  signGuestSessionStepId,
  async (input: GuestSession, { container }) => {
    const settings = await container
      .resolve<ReturnPortalModuleService>(RETURN_PORTAL_MODULE)
      .getSettings()
    const { token, expires_at } = signGuestToken(
      { order_id: input.order_id, customer_id: input.customer_id },
      jwtSecret(container),
      settings.session_ttl_minutes * 60
    )
    return new StepResponse({
      token,
      order_id: input.order_id,
      expires_at,
    })
  }
)
