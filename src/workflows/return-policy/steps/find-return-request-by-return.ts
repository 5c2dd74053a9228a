import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"

export const findReturnRequestByReturnStepId = "find-return-request-by-return"

/**
 * The plugin's request behind a native Medusa return, or null for returns
 * made without the plugin (e.g. by an admin in Medusa's own screens).
 *
 * @example
 * const request = findReturnRequestByReturnStep({ return_id: "return_123" })
 */
export const findReturnRequestByReturnStep = returnPolicyStep(
  findReturnRequestByReturnStepId,
  async (input: { return_id: string }, service) => {
    const [request] = await service.listReturnRequests(
      { return_id: input.return_id },
      {
        select: [
          "id",
          "status",
          "refund_method",
          "refund_estimate",
          "order_id",
          "metadata",
        ],
      }
    )
    return new StepResponse(request ?? null)
  }
)
