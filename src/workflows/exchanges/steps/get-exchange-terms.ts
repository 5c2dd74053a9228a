import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  RETURN_POLICY_MODULE,
  type ReturnPolicyModuleService,
} from "../../../modules/return-policy"
import {
  DEFAULT_POLICY_TERMS,
  isBuiltinPolicy,
} from "../../../modules/return-policy/engine"
import type { ReturnContext } from "../../return-policy/steps/load-return-context"
import { planExchange, type ExchangeTerms } from "../plan"

/** For the messages: "the Gold tier's policy". */
export const exchangePolicyLabel = (context: Pick<ReturnContext, "tier">) =>
  context.tier
    ? `the ${context.tier.name} tier's policy`
    : "the store's return policy"

/**
 * The exchange terms of the policy that applies in a return context. The
 * built-in policy (no policy configured) has no row: its terms are the
 * defaults, which allow no exchange.
 */
export const loadExchangeTerms = async (
  container: MedusaContainer,
  context: Pick<ReturnContext, "policy">
): Promise<ExchangeTerms> => {
  if (isBuiltinPolicy(context.policy)) {
    return DEFAULT_POLICY_TERMS
  }
  const service: ReturnPolicyModuleService =
    container.resolve(RETURN_POLICY_MODULE)
  return service.retrieveReturnPolicy(context.policy.id)
}

/** What a customer's policy says about exchanges, before any variant is chosen. */
export type ExchangeTermsAnswer = {
  allowed: boolean
  /** Why not, when not allowed (e.g. "the Bronze tier's policy does not allow exchanges"). */
  reasons: string[]
  /** Approved at once when the return itself would be auto-approved. */
  auto_approve: boolean
  /** The new item ships before the old one arrives. */
  instant: boolean
  /** Days the old item has to be back after an instant exchange. */
  return_days: number | null
}

export type GetExchangeTermsStepInput = { context: ReturnContext }

export const getExchangeTermsStepId = "get-exchange-terms"

/**
 * Whether the policy in a return context allows exchanges and on which
 * terms (auto-approval, instant), for a form that offers the choice before
 * a variant is picked. The refusal reads as the exchange's own refusal
 * (`planExchange`'s message). Read-only.
 *
 * @example
 * const terms = getExchangeTermsStep({ context })
 */
export const getExchangeTermsStep = createStep(
  getExchangeTermsStepId,
  async (input: GetExchangeTermsStepInput, { container }) => {
    const terms = await loadExchangeTerms(container, input.context)
    // With no line requested, planExchange answers only the policy's verdict.
    const { errors } = planExchange({
      terms,
      policy_label: exchangePolicyLabel(input.context),
      currency_code: input.context.order.currency_code,
      lines: [],
      variants: [],
      requests: [],
    })
    const allowed = !errors.length
    return new StepResponse<ExchangeTermsAnswer>({
      allowed,
      reasons: errors,
      auto_approve: allowed && !!terms.exchange_auto_approve,
      instant: allowed && !!terms.instant_exchange,
      return_days:
        allowed && terms.instant_exchange
          ? terms.instant_exchange_return_days
          : null,
    })
  }
)
