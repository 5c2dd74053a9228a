import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import { computeReturnEligibilityStep } from "../return-policy/steps/compute-return-eligibility"
import {
  loadReturnContextStep,
  type ReturnContext,
} from "../return-policy/steps/load-return-context"
import type { GetReturnEligibilityWorkflowInput } from "../return-policy/get-return-eligibility"
import {
  getExchangeTermsStep,
  type ExchangeTermsAnswer,
} from "./steps/get-exchange-terms"
import { listExchangeOptionsStep } from "./steps/list-exchange-options"
import { optionsWithUnitTotals } from "./plan"

/** The exchange part of the answer: the policy's terms and each line's options. */
export type ExchangeEligibility = ExchangeTermsAnswer & {
  /** Per order line: the other variants of its product in stock, priced before and with tax. */
  options: ReturnType<typeof optionsWithUnitTotals>
}

/**
 * Inside a workflow: the exchange terms of the context's policy and, only
 * when it allows exchanges (a policy without them costs no catalogue
 * read), each order line's options priced before and with the line's tax
 * rate. Shared by the CSR form's and the storefront's eligibility.
 */
export const loadExchangeChoices = (context: WorkflowData<ReturnContext>) => {
  const terms = getExchangeTermsStep({ context })
  const options = when("exchanges-allowed", { terms }, ({ terms }) =>
    Boolean(terms.allowed)
  ).then(() =>
    listExchangeOptionsStep(
      transform({ context }, ({ context }) => ({
        order_id: context.order.id,
        line_item_ids: context.order.lines.map((l) => l.id),
      }))
    )
  )
  return transform(
    { terms, options, context },
    ({ terms, options, context }): ExchangeEligibility => ({
      ...terms,
      options: optionsWithUnitTotals(options ?? {}, context.order.lines),
    })
  )
}

export const getEligibilityWithExchangesWorkflowId =
  "get-eligibility-with-exchanges"

/**
 * `getReturnEligibilityWorkflow`'s answer plus what an exchange form needs
 * before anything is chosen: whether the customer's policy allows
 * exchanges (and why not), auto-approval and instant terms, and per line
 * the variants it can be exchanged for. One context load for both.
 * Read-only.
 *
 * @example
 * const { result } = await getEligibilityWithExchangesWorkflow(container).run({ input: { order_id } })
 * result.exchange.options[line_item_id] // [{ variant_id, title, unit_price, unit_total, available }]
 */
export const getEligibilityWithExchangesWorkflow = createWorkflow(
  getEligibilityWithExchangesWorkflowId,
  (input: GetReturnEligibilityWorkflowInput) => {
    const context = loadReturnContextStep({
      order_id: input.order_id,
      customer_id: input.customer_id,
      return_shipping_option_id: input.return_shipping_option_id,
    })
    const eligibility = computeReturnEligibilityStep({ context })
    const exchange = loadExchangeChoices(context)
    return new WorkflowResponse(
      transform({ eligibility, exchange }, ({ eligibility, exchange }) => ({
        ...eligibility,
        exchange,
      }))
    )
  }
)
