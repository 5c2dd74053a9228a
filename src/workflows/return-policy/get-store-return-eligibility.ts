import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { StoreReturnEligibility } from "../../types/http"
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

const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * Each line's exchange options priced as the exchange would price them:
 * the unit price with the returned line's tax rate (see `planExchange`),
 * so a page can show what the customer would pay before asking a preview.
 */
const withExchangeOptions = (
  page: StoreReturnEligibilityPage,
  terms: StoreReturnEligibility["exchange"],
  options: Record<string, ExchangeOption[]> | undefined,
  context: ReturnContext
): StoreReturnEligibility => ({
  ...page,
  exchange: terms,
  items: page.items.map((item) => {
    const line = context.order.lines.find((l) => l.id === item.line_item_id)
    // As `planExchangeStep` prices it: tax over the line's discounted net.
    const net = (line?.subtotal ?? 0) - (line?.discount_total ?? 0)
    const taxRate = line && net > 0 ? line.tax_total / net : 0
    return {
      ...item,
      exchange_options:
        terms.allowed && item.eligible
          ? (options?.[item.line_item_id] ?? []).map((o) => ({
              ...o,
              unit_total: round2(o.unit_price * (1 + taxRate)),
            }))
          : [],
    }
  }),
})

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
