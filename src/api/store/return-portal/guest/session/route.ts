import type {
  StoreGuestAccessCodeResponse,
  StoreGuestSessionResponse,
} from "../../../../../types/http"
import {
  clientIp,
  GUEST_PORTAL_MESSAGES,
} from "../../../../utils/customer-or-guest"
import type { StoreRoute } from "../../../../utils/http"
import { createGuestPortalSessionWorkflow } from "../../../../../workflows/portal"
import type { StoreCreateGuestSessionType } from "../../validators"

/**
 * A guest trades the emailed code for a session token on the order. Any
 * wrong pair or wrong, used or expired code answers the same 401.
 */
export const POST: StoreRoute<
  StoreGuestSessionResponse | StoreGuestAccessCodeResponse,
  StoreCreateGuestSessionType
> = async (req, res) => {
  const { result } = await createGuestPortalSessionWorkflow(req.scope).run({
    input: { ...req.validatedBody, ip: clientIp(req) },
  })
  if (result.status === "limited") {
    res.status(429).json({ message: GUEST_PORTAL_MESSAGES.too_many })
    return
  }
  if (result.status === "invalid") {
    res.status(401).json({ message: GUEST_PORTAL_MESSAGES.invalid_code })
    return
  }
  res.json({
    token: result.token,
    order_id: result.order_id,
    expires_at: result.expires_at,
  })
}
