import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../../modules/return-policy"
import {
  BUILTIN_POLICY_NAME,
  isBuiltinPolicy,
  lineEligibility,
} from "../../../modules/return-policy/engine"
import type {
  ReturnEligibility,
  ReturnEligibilityLine,
  ReturnOutcome,
} from "../../../modules/return-policy/engine"
import {
  contextOrder,
  evaluateWithoutReason,
  type ReturnContext,
} from "./load-return-context"

export type { ReturnEligibility, ReturnEligibilityLine }

export const computeReturnEligibilityStepId = "compute-return-eligibility"

/**
 * Per order line: how many units can come back, until when, what it would
 * cost and refund, and whether the policy would approve it at once. The
 * same engine as the request itself, so the page and the answer agree.
 *
 * @example
 * const eligibility = computeReturnEligibilityStep({ context })
 */
export const computeReturnEligibilityStep = createStep(
  computeReturnEligibilityStepId,
  async (input: { context: ReturnContext }, { container }) => {
    const { context } = input
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    const [row] = !isBuiltinPolicy(context.policy)
      ? await service.listReturnPolicies(
          { id: context.policy.id },
          { select: ["id", "name"], take: 1 }
        )
      : []
    const now = new Date()
    const order = contextOrder(context)

    const lines = order.lines.map((line): ReturnEligibilityLine => {
      const eligibility = lineEligibility(context.policy, order, line, now)
      let restockingFee = 0
      let refundEstimate = 0
      let outcome: ReturnOutcome = "reject"
      let outcomeReasons = eligibility.reason ? [eligibility.reason] : []
      let refund: ReturnEligibilityLine["refund"] = null
      if (eligibility.eligible) {
        const evaluation = evaluateWithoutReason(context, [
          {
            line_item_id: line.id,
            quantity: eligibility.returnable_quantity,
          },
        ])
        const item = evaluation.items[0]
        restockingFee = item?.restocking_fee ?? 0
        refundEstimate = item?.refund_estimate ?? 0
        outcome = evaluation.outcome
        outcomeReasons = evaluation.reasons
        refund = evaluation.refund
      }
      return {
        line_item_id: line.id,
        title: line.title,
        quantity: line.quantity,
        returnable_quantity: eligibility.returnable_quantity,
        deadline: eligibility.deadline,
        days_left: eligibility.days_left,
        eligible: eligibility.eligible,
        reason: eligibility.reason,
        restocking_fee: restockingFee,
        refund_estimate: refundEstimate,
        would_auto_approve: outcome === "auto_approve",
        outcome,
        outcome_reasons: outcomeReasons,
        refund,
      }
    })

    const { policy } = context
    const result: ReturnEligibility = {
      order_id: order.id,
      currency_code: order.currency_code,
      tier: context.tier
        ? { id: context.tier.id, name: context.tier.name }
        : null,
      policy: {
        id: policy.id,
        name: row?.name ?? BUILTIN_POLICY_NAME,
        version: policy.version,
        return_window_days: policy.return_window_days,
        free_return_shipping: policy.free_return_shipping,
        restocking_fee_percent: policy.restocking_fee_percent,
        store_credit_bonus_percent: policy.store_credit_bonus_percent,
        auto_approve_max_amount: policy.auto_approve_max_amount,
      },
      return_shipping: {
        option_id: context.return_shipping.option_id,
        amount: policy.free_return_shipping
          ? 0
          : context.return_shipping.amount,
        free: policy.free_return_shipping,
      },
      reason_codes: context.reason_codes
        .filter((r) => r.active)
        .map((r) => ({
          code: r.code,
          label: r.label,
          requires_evidence: r.requires_evidence,
          requires_review: r.requires_review,
        })),
      lines,
    }
    return new StepResponse(result)
  }
)
