import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../../modules/return-policy"

export const setNativeReturnStepId = "set-native-return"

/**
 * Links a request to its native Medusa return; compensation unlinks it.
 *
 * @example
 * setNativeReturnStep({ request_id, return_id })
 */
export const setNativeReturnStep = createStep(
  setNativeReturnStepId,
  async (input: { request_id: string; return_id: string }, { container }) => {
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    const set = await service.setNativeReturn(input.request_id, input.return_id)
    return new StepResponse(set, set ? input : undefined)
  },
  async (input, { container }) => {
    if (!input) {
      return
    }
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    await service.clearNativeReturn(input.request_id, input.return_id)
  }
)
