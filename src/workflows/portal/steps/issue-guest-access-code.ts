import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateAccessCode, hashAccessCode } from "../../../utils/guest-token"
import { returnPortalStep } from "../../utils/module-step"
import { jwtSecret } from "../utils"

export type IssueGuestAccessCodeStepInput = {
  code_id: string
  order_id: string
}

export type IssuedGuestAccessCode = {
  id: string
  order_id: string
  /** The code in clear, for the email only: the database keeps its hash. */
  code: string
  expires_at: Date
  ttl_minutes: number
}

export const issueGuestAccessCodeStepId = "issue-guest-access-code"

/**
 * Draws a 6-digit code for the order and stores its hash under `code_id`,
 * ending the order's older codes. Null when `code_id` is already stored (a
 * redelivered event): its code went out, or cannot be recovered, and a
 * second code would silently end the first. Compensation deletes the code.
 *
 * @example
 * const issued = issueGuestAccessCodeStep({ code_id: "gac_01…", order_id: "order_01…" })
 */
export const issueGuestAccessCodeStep = returnPortalStep(
  issueGuestAccessCodeStepId,
  async (input: IssueGuestAccessCodeStepInput, service, { container }) => {
    const settings = await service.getSettings()
    const code = generateAccessCode()
    const issued = await service.issueAccessCode({
      id: input.code_id,
      order_id: input.order_id,
      code_hash: hashAccessCode(code, input.order_id, jwtSecret(container)),
      ttl_minutes: settings.code_ttl_minutes,
    })
    if (!issued) {
      return new StepResponse<IssuedGuestAccessCode | null, string | undefined>(
        null
      )
    }
    return new StepResponse<IssuedGuestAccessCode | null, string | undefined>(
      {
        id: issued.id,
        order_id: input.order_id,
        code,
        expires_at: issued.expires_at,
        ttl_minutes: settings.code_ttl_minutes,
      },
      issued.id
    )
  },
  async (id, service) => {
    await service.softDeleteGuestAccessCodes([id])
  }
)
