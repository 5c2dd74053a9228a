import type { StoreGuestAccessCodeResponse } from "../../../../../types/http"
import {
  clientIp,
  GUEST_PORTAL_MESSAGES,
} from "../../../../utils/customer-or-guest"
import type { StoreRoute } from "../../../../utils/http"
import { requestGuestAccessCodeWorkflow } from "../../../../../workflows/portal"
import type { StoreRequestGuestAccessCodeType } from "../../validators"

/**
 * A guest asks for a one-time code for an order (number + email). The
 * answer is the same 202 whether or not they match an order; when they do,
 * the code is emailed to the order's address.
 */
export const POST: StoreRoute<
  StoreGuestAccessCodeResponse,
  StoreRequestGuestAccessCodeType
> = async (req, res) => {
  const { result } = await requestGuestAccessCodeWorkflow(req.scope).run({
    input: { ...req.validatedBody, ip: clientIp(req) },
  })
  if (result.limited) {
    res.status(429).json({ message: GUEST_PORTAL_MESSAGES.too_many })
    return
  }
  res.status(202).json({ message: GUEST_PORTAL_MESSAGES.code_sent })
}
