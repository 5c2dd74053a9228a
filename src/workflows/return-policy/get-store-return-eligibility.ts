import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { StoreReturnEligibility } from "../../types/http"
import { optionsWithUnitTotals } from "../exchanges/plan"
import { getExchangeTermsStep } from "../exchanges/steps/get-exchange-terms"
import {
  listExchangeOptionsStep,
  type ExchangeOption,
} from "../exchanges/steps/list-exchange-options"
import { computeReturnEligibilityStep } from "./steps/compute-return-eligibility"
import { loadReturnContextStep } from "./steps/load-return-context"
import { presentStoreReturnEligibilityStep } from "./steps/present-store-return-eligibility"
import type { GetReturnEligibilityWorkflowInput } from "./get-return-eligibility"
import type { ReturnContext } from "./steps/load-return-context"
import type { StoreReturnEligibilityPage } from "./store-presenters"

export const getStoreReturnEligibilityWorkflowId =
  "get-store-return-eligibility"

/** The page with the policy's exchange terms and each eligible line's options. */
const withExchangeOptions = (
  page: StoreReturnEligibilityPage,
  terms: StoreReturnEligibility["exchange"],
  options: Record<string, ExchangeOption[]> | undefined,
  context: ReturnContext
): StoreReturnEligibility => {
  const priced = optionsWithUnitTotals(options ?? {}, context.order.lines)
  return {
    ...page,
    exchange: terms,
    items: page.items.map((item) => ({
      ...item,
      exchange_options:
        terms.allowed && item.eligible ? (priced[item.line_item_id] ?? []) : [],
    })),
  }
}

/**
 * `getReturnEligibilityWorkflow` shaped for a storefront's return page
 * (`StoreReturnEligibility`): the same engine and numbers, with what the
 * page shows per line (picture, variant, deadline, refund estimate,
 * predicted outcome, the variants it can be exchanged for) and the refund
 * methods, the policy's exchange terms and the return address. Read-only.
 *
 * @example
 * const { result } = await getStoreReturnEligibilityWorkflow(container).run({ input: { order_id, customer_id } })
 */
export const getStoreReturnEligibilityWorkflow = createWorkflow(
  getStoreReturnEligibilityWorkflowId,
  (input: GetReturnEligibilityWorkflowInput) => {
    const context = loadReturnContextStep({
      order_id: input.order_id,
      customer_id: input.customer_id,
      return_shipping_option_id: input.return_shipping_option_id,
    })
    const eligibility = computeReturnEligibilityStep({ context })
    const page = presentStoreReturnEligibilityStep({ eligibility, context })
    const terms = getExchangeTermsStep({ context })
    // The catalogue is read only when the customer's policy allows exchanges.
    const options = when("exchange-options", { terms }, ({ terms }) => {
      return terms.allowed
    }).then(() =>
      listExchangeOptionsStep(
        transform({ eligibility }, ({ eligibility }) => ({
          order_id: eligibility.order_id,
          line_item_ids: eligibility.lines
            .filter((l) => l.eligible)
            .map((l) => l.line_item_id),
        }))
      )
    )
    return new WorkflowResponse(
      transform(
        { page, terms, options, context },
        ({ page, terms, options, context }) =>
          withExchangeOptions(page, terms, options, context)
      )
    )
  }
)
