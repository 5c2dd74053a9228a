import type { AdminCsrReturnPreviewResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import { previewCsrReturnWorkflow } from "../../../../workflows/return-policy"
import type { ExchangeRequestItemInput } from "../../../../workflows/exchanges"
import type { RuleResult } from "../../../../modules/return-policy/engine/types"
import { previewExchange } from "../../../utils/exchange-preview"
import type { AdminPreviewCsrReturnType } from "../validators"

/**
 * The live evaluation behind the CSR form: per item eligibility, deadline,
 * fee and refund, the refund breakdown, the outcome and every reason, with
 * nothing written. A rejection is an answer (200), not an error. Lines
 * with `exchange` answer the exchange plan as the store's preview does
 * (credit, new item's price, difference, allowed and why not, auto-approval,
 * instant) with each line's options.
 */
export const POST: AdminRoute<
  AdminCsrReturnPreviewResponse,
  AdminPreviewCsrReturnType
> = async (req, res) => {
  if (req.validatedBody.items[0]?.exchange) {
    const { answer, evaluation } = await previewExchange(req.scope, {
      order_id: req.validatedBody.order_id,
      return_shipping_option_id: req.validatedBody.return_shipping_option_id,
      items: req.validatedBody.items as ExchangeRequestItemInput[],
    })
    res.json({
      preview: {
        ...answer,
        items: evaluation.items,
        policy: evaluation.policy,
        tier: evaluation.tier,
        errors: previewErrors(evaluation.rules),
      },
    })
    return
  }
  const { result } = await previewCsrReturnWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({
    preview: {
      outcome: result.outcome,
      reasons: result.reasons,
      items: result.items,
      refund: result.refund,
      free_return_shipping: result.free_return_shipping,
      policy: result.policy,
      tier: result.tier,
      errors: previewErrors(result.rules),
    },
  })
}

/** Which request field each failing rule is about, for the form. */
const previewErrors = (rules: RuleResult[]) =>
  rules
    .filter((rule) => !rule.passed)
    .map((rule) => ({
      rule: rule.rule,
      effect: rule.effect,
      line_item_id: rule.line_item_id,
      field: FIELD_OF_RULE[rule.rule] ?? null,
      message: rule.detail,
    }))

const FIELD_OF_RULE: Record<string, string> = {
  items_requested: "items",
  line_exists: "line_item_id",
  quantity: "quantity",
  return_window: "line_item_id",
  final_sale: "line_item_id",
  reason_code: "reason_code",
  evidence: "has_evidence",
  reason_review: "reason_code",
  condition: "condition",
  order_not_canceled: "order_id",
  auto_approve_amount: "items",
  max_returns_per_period: "order_id",
  return_rate_ceiling: "order_id",
}
