import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnOutcome } from "../../../modules/return-policy/engine"
import type { CsrOverride } from "./csr-validate-override"
import { returnPolicyStep } from "../../utils/module-step"

export type CsrRecordEntryStepInput = {
  request_id: string
  /** The request's first decision: where an override is recorded. */
  decision_id: string | null
  idempotency_key?: string | null
  opened_at?: string | Date | null
  override?: (CsrOverride & { policy_outcome: ReturnOutcome }) | null
}

export const csrRecordEntryStepId = "csr-record-entry"

/**
 * The step's input from a request just written: its first decision, the
 * CSR's idempotency key and form time, and the override with the policy's
 * own outcome beside the CSR's.
 */
export const csrEntryOf = ({
  request,
  input,
  evaluation,
  outcome,
}: {
  request: { id: string; decisions: { id: string }[] }
  input: {
    idempotency_key?: string | null
    opened_at?: string | Date | null
    override?: CsrOverride | null
  }
  evaluation: { outcome: ReturnOutcome }
  outcome: ReturnOutcome
}): CsrRecordEntryStepInput => ({
  request_id: request.id,
  decision_id: request.decisions[0]?.id ?? null,
  idempotency_key: input.idempotency_key,
  opened_at: input.opened_at,
  override: input.override
    ? {
        ...input.override,
        outcome: outcome as CsrOverride["outcome"],
        policy_outcome: evaluation.outcome,
      }
    : null,
})

/**
 * Records what the admin form adds to a request: its idempotency key, when
 * the CSR opened the form, and on the first decision the override (the
 * policy's own outcome, the one chosen and why; `decided_by` is who).
 * Compensation clears them.
 *
 * @example
 * csrRecordEntryStep({ request_id, decision_id, idempotency_key, opened_at, override })
 */
export const csrRecordEntryStep = returnPolicyStep(
  csrRecordEntryStepId,
  async (input: CsrRecordEntryStepInput, service) => {
    if (!input.idempotency_key && !input.opened_at && !input.override) {
      return new StepResponse(undefined)
    }
    await service.updateReturnRequests({
      id: input.request_id,
      idempotency_key: input.idempotency_key ?? null,
      opened_at: input.opened_at ? new Date(input.opened_at) : null,
    })
    if (input.override && input.decision_id) {
      await service.updateReturnDecisions({
        id: input.decision_id,
        override: {
          policy_outcome: input.override.policy_outcome,
          outcome: input.override.outcome,
          justification: input.override.justification.trim(),
        },
      })
    }
    return new StepResponse(undefined, {
      request_id: input.request_id,
      decision_id: input.override ? input.decision_id : null,
    })
  },
  async (data, service) => {
    await service.updateReturnRequests({
      id: data.request_id,
      idempotency_key: null,
      opened_at: null,
    })
    if (data.decision_id) {
      await service.updateReturnDecisions({
        id: data.decision_id,
        override: null,
      })
    }
  }
)
