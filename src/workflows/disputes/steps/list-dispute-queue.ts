import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_DISPUTE_MODULE } from "../../../modules/return-dispute"
import type {
  DisputeQueueFilters,
  ReturnDisputeModuleService,
} from "../../../modules/return-dispute"
import { listCustomerIdsInTier } from "../../loyalty/steps/get-customer-loyalty"
import { customerTierNames } from "./get-dispute-case-file"
import { queryStep } from "../../utils/module-step"

export type ListDisputeQueueStepInput = {
  filters: DisputeQueueFilters & { tier_id?: string }
  pagination: { skip: number; take: number }
  /** The dispute fields to read; the customer's email and tier are added. */
  fields: string[]
}

export const listDisputeQueueStepId = "list-dispute-queue"

/**
 * One page of the staff queue, in the module's queue order (overdue first,
 * then by SLA due date), each with the customer's email and tier name.
 * Read-only.
 *
 * @example
 * const { disputes, count } = listDisputeQueueStep({ filters: { status: ["open"] }, pagination: { skip: 0, take: 50 }, fields })
 */
export const listDisputeQueueStep = queryStep(
  listDisputeQueueStepId,
  async (input: ListDisputeQueueStepInput, query, { container }) => {
    const { tier_id, ...rest } = input.filters
    const queueFilters: DisputeQueueFilters = { ...rest }
    if (tier_id) {
      queueFilters.customer_ids = await listCustomerIdsInTier(
        container,
        tier_id
      )
    }
    const service: ReturnDisputeModuleService = container.resolve(
      RETURN_DISPUTE_MODULE
    )
    const { ids, count } = await service.listQueueIds(
      queueFilters,
      input.pagination
    )
    if (!ids.length) {
      return new StepResponse({ disputes: [], count })
    }
    const { data } = await query.graph({
      entity: "dispute",
      fields: [...input.fields, "customer.email"],
      filters: { id: ids },
    })
    const tiers = await customerTierNames(container, [
      ...new Set(data.map((d) => d.customer_id as string)),
    ])
    const byId = new Map(data.map((d) => [d.id, d]))
    const disputes = ids
      .map((id) => byId.get(id))
      .filter(Boolean)
      .map((d) => {
        const { customer, ...dispute } = d as Record<string, any>
        return {
          ...dispute,
          customer_email: customer?.email ?? null,
          tier_name: tiers.get(dispute.customer_id)?.name ?? null,
        }
      })
    return new StepResponse({ disputes, count })
  }
)
