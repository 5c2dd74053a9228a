import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_POLICY_TERMS } from "../../../modules/return-policy/engine/defaults"
import { isBuiltinPolicy } from "../../../modules/return-policy/engine/policy"
import { returnPolicyStep } from "../../utils/module-step"

export type GetExchangeTermsStepInput = {
  /** The policy that applies to the customer (a version, or the built-in one). */
  policy: { id: string; version: number }
}

/** A policy's exchange terms as a storefront reads them. */
export type ExchangeTermsSummary = {
  allowed: boolean
  /** Exchanges skip review when the return itself would be auto-approved. */
  auto_approve: boolean
  /** The new item ships before the old one is received. */
  instant: boolean
  /** Days the old item has to be back after an instant exchange. */
  instant_return_days: number | null
}

export const getExchangeTermsStepId = "get-exchange-terms"

/**
 * The exchange terms of the policy that applies: allowed, auto-approved,
 * instant (and within how many days the old item must be back). The
 * built-in policy has the defaults (no exchanges). Read-only.
 *
 * @example
 * const terms = getExchangeTermsStep({ policy: context.policy })
 */
export const getExchangeTermsStep = returnPolicyStep(
  getExchangeTermsStepId,
  async (input: GetExchangeTermsStepInput, service) => {
    const terms = isBuiltinPolicy(input.policy)
      ? DEFAULT_POLICY_TERMS
      : // withDeleted: the customer's version may be superseded meanwhile.
        await service.retrieveReturnPolicy(input.policy.id, {
          withDeleted: true,
        })
    const allowed = !!terms.exchanges_allowed
    return new StepResponse<ExchangeTermsSummary>({
      allowed,
      auto_approve: allowed && !!terms.exchange_auto_approve,
      instant: allowed && !!terms.instant_exchange,
      instant_return_days:
        allowed && terms.instant_exchange
          ? Number(terms.instant_exchange_return_days)
          : null,
    })
  }
)
