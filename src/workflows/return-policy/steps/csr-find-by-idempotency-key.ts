import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../../modules/return-policy"
import { moduleStep } from "../../utils/module-step"

export const csrFindByIdempotencyKeyStepId = "csr-find-by-idempotency-key"

/**
 * The request already created with this idempotency key, or null. Run
 * under the key's lock, so a double submit waits for the first one and
 * then finds it. Read-only.
 *
 * @example
 * const existing = csrFindByIdempotencyKeyStep({ idempotency_key })
 */
export const csrFindByIdempotencyKeyStep = moduleStep(
  csrFindByIdempotencyKeyStepId,
  RETURN_POLICY_MODULE,
  async (
    input: { idempotency_key: string },
    service: ReturnPolicyModuleService
  ) => {
    const [existing] = await service.listReturnRequests(
      { idempotency_key: input.idempotency_key },
      { take: 1, relations: ["items", "decisions"] }
    )
    return new StepResponse(existing ?? null)
  }
)
