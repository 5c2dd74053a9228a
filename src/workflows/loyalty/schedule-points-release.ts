import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { returnWindowClosesAt } from "../../modules/return-policy/engine"
import { getApplicablePolicyStep } from "../return-policy/steps/get-applicable-policy"
import { getCustomerLoyaltyStep } from "./steps/get-customer-loyalty"
import { getOrderDeliveryStep } from "./steps/get-order-delivery"
import { setPointsReleaseDateStep } from "./steps/set-points-release-date"

export type SchedulePointsReleaseWorkflowInput = {
  /** The order, or one of its fulfillments (`delivery.created`). */
  order_id?: string
  fulfillment_id?: string
}

export type SchedulePointsReleaseWorkflowOutput = {
  order_id: string | null
  /** When the order's pending points become spendable; null before delivery. */
  available_at: Date | null
  /** Entries given that date by this run. */
  entry_ids: string[]
}

export const schedulePointsReleaseWorkflowId = "schedule-points-release"

/**
 * Dates an order's pending points: they become spendable when the return
 * window of the customer's return policy closes, counted from delivery
 * (`returnWindowClosesAt` of the policy `applicablePolicy` picks for the
 * customer's tier), so points for goods that may still come back are never
 * spendable. Before delivery nothing is dated and the points wait. Runs on
 * `delivery.created` and after accrual (whichever comes last dates them);
 * the first date set stands. The nightly job releases what is due.
 *
 * @example
 * await schedulePointsReleaseWorkflow(container).run({
 *   input: { fulfillment_id: "ful_123" },
 * })
 */
export const schedulePointsReleaseWorkflow = createWorkflow(
  schedulePointsReleaseWorkflowId,
  (input: SchedulePointsReleaseWorkflowInput) => {
    const delivery = getOrderDeliveryStep(input)
    const delivered = transform({ delivery }, ({ delivery }) =>
      delivery?.delivered_at && delivery.customer_id ? delivery : null
    )

    const dated = when(
      "order-delivered",
      { delivered },
      ({ delivered }) => !!delivered
    ).then(() => {
      const loyalty = getCustomerLoyaltyStep({
        customer_id: delivered.customer_id,
      })
      const tierId = transform(
        { loyalty },
        ({ loyalty }) => loyalty?.tier?.id ?? null
      )
      const policy = getApplicablePolicyStep({ tier_id: tierId })
      const release = transform(
        { delivered, policy },
        ({ delivered, policy }) => ({
          source_type: "order",
          source_id: delivered!.order_id,
          available_at: returnWindowClosesAt(
            policy,
            new Date(delivered!.delivered_at!)
          ),
        })
      )
      const entryIds = setPointsReleaseDateStep(release)
      return { release, entryIds }
    })

    const result = transform(
      { delivery, dated },
      ({ delivery, dated }): SchedulePointsReleaseWorkflowOutput => ({
        order_id: delivery?.order_id ?? null,
        available_at: dated ? new Date(dated.release.available_at) : null,
        entry_ids: dated?.entryIds ?? [],
      })
    )
    return new WorkflowResponse(result)
  }
)
