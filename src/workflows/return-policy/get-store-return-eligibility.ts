import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { StoreReturnEligibility } from "../../types/http"
import {
  loadExchangeChoices,
  type ExchangeEligibility,
} from "../exchanges/get-eligibility-with-exchanges"
import { computeReturnEligibilityStep } from "./steps/compute-return-eligibility"
import { loadReturnContextStep } from "./steps/load-return-context"
import { presentStoreReturnEligibilityStep } from "./steps/present-store-return-eligibility"
import type { GetReturnEligibilityWorkflowInput } from "./get-return-eligibility"
import type { StoreReturnEligibilityPage } from "./store-presenters"

export const getStoreReturnEligibilityWorkflowId =
  "get-store-return-eligibility"

/** The page with the policy's exchange terms and each eligible line's options. */
const withExchangeOptions = (
  page: StoreReturnEligibilityPage,
  { options, ...terms }: ExchangeEligibility
): StoreReturnEligibility => ({
  ...page,
  exchange: terms,
  items: page.items.map((item) => ({
    ...item,
    exchange_options:
      terms.allowed && item.eligible ? (options[item.line_item_id] ?? []) : [],
  })),
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
    const exchange = loadExchangeChoices(context)
    return new WorkflowResponse(
      transform({ page, exchange }, ({ page, exchange }) =>
        withExchangeOptions(page, exchange)
      )
    )
  }
)
