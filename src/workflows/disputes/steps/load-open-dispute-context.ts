import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { assertVisibleToCustomer } from "../../utils/assert-visible"
import {
  computeDisputePriority,
  RETURN_DISPUTE_MODULE,
} from "../../../modules/return-dispute"
import { getCustomerLoyalty } from "../../loyalty/steps/get-customer-loyalty"
import type {
  DisputePriority,
  ReturnDisputeModuleService,
} from "../../../modules/return-dispute"
import { queryStep } from "../../utils/module-step"

export type LoadOpenDisputeContextStepInput = {
  order_id: string
  return_request_id?: string | null
  /** Set when a customer opens: the order must be theirs. */
  customer_id?: string
}

export type OpenDisputeContext = {
  order_id: string
  return_request_id: string | null
  customer_id: string
  currency_code: string
  priority: DisputePriority
}

export const loadOpenDisputeContextStepId = "load-open-dispute-context"

/**
 * Checks that the order (and return request) exist and belong to the
 * customer — someone else's are "not found", like unknown ids — and
 * computes the priority from the order total, the customer's loyalty tier
 * and the age of the matter.
 *
 * @example
 * const context = loadOpenDisputeContextStep({ order_id, return_request_id, customer_id })
 */
export const loadOpenDisputeContextStep = queryStep(
  loadOpenDisputeContextStepId,
  async (input: LoadOpenDisputeContextStepInput, query, { container }) => {
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "currency_code", "total", "created_at"],
      filters: { id: input.order_id },
    })
    assertVisibleToCustomer(
      order,
      input.customer_id,
      `Order with id: ${input.order_id} was not found`
    )
    if (!order.customer_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `order_id: order ${order.id} has no customer to open a dispute for`
      )
    }

    let since = new Date(order.created_at as unknown as string)
    const requestId = input.return_request_id ?? null
    if (requestId) {
      const {
        data: [request],
      } = await query.graph({
        entity: "return_request",
        fields: ["id", "order_id", "customer_id", "created_at"],
        filters: { id: requestId },
      })
      assertVisibleToCustomer(
        request,
        input.customer_id,
        `Return request with id: ${requestId} was not found`
      )
      if (request.order_id !== order.id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `return_request_id: return request ${requestId} is not for order ${order.id}`
        )
      }
      since = new Date(request.created_at as unknown as string)
    }

    const [{ tier }, { data: tiers }] = await Promise.all([
      getCustomerLoyalty(container, order.customer_id),
      query.graph({ entity: "loyalty_tier", fields: ["rank"] }),
    ])
    const tierRank = tier ? tier.rank : null
    const topRank = tiers.length
      ? Math.max(...tiers.map((t) => Number(t.rank)))
      : null

    const service: ReturnDisputeModuleService = container.resolve(
      RETURN_DISPUTE_MODULE
    )
    const settings = await service.getDisputeSettings()
    const priority = computeDisputePriority(
      {
        order_total: Number(order.total ?? 0),
        tier_rank: tierRank,
        top_tier_rank: topRank,
        since,
        now: new Date(),
      },
      settings
    )

    return new StepResponse<OpenDisputeContext>({
      order_id: order.id,
      return_request_id: requestId,
      customer_id: order.customer_id,
      currency_code: order.currency_code,
      priority,
    })
  }
)
