import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"

export const csrFindByIdempotencyKeyStepId = "csr-find-by-idempotency-key"

/**
 * The request already created with this idempotency key, or null. Run
 * under the key's lock, so a double submit waits for the first one and
 * then finds it. Read-only.
 *
 * @example
 * const existing = csrFindByIdempotencyKeyStep({ idempotency_key })
 */
export const csrFindByIdempotencyKeyStep = returnPolicyStep(
  csrFindByIdempotencyKeyStepId,
  async (input: { idempotency_key: string }, service) => {
    const [existing] = await service.listReturnRequests(
      { idempotency_key: input.idempotency_key },
      { take: 1, relations: ["items", "decisions"] }
    )
    return new StepResponse(existing ?? null)
  }
)
