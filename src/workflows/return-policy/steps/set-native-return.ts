import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"

export const setNativeReturnStepId = "set-native-return"

/**
 * Links a request to its native Medusa return; compensation unlinks it.
 *
 * @example
 * setNativeReturnStep({ request_id, return_id })
 */
export const setNativeReturnStep = returnPolicyStep(
  setNativeReturnStepId,
  async (input: { request_id: string; return_id: string }, service) => {
    const set = await service.setNativeReturn(input.request_id, input.return_id)
    return new StepResponse(set, set ? input : undefined)
  },
  async (input, service) => {
    await service.clearNativeReturn(input.request_id, input.return_id)
  }
)
