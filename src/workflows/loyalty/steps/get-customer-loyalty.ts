import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A customer's tier as other domains see it. */
export type CustomerTier = { id: string; name: string; rank: number }

/** Where a customer stands in the loyalty program, for other domains. */
export type CustomerLoyalty = {
  customer_id: string
  /** null: the customer has no loyalty account yet (never earned). */
  account_id: string | null
  /** null: no tier. */
  tier: CustomerTier | null
  points_available: number
  /** Earned, not spendable until the return window of its order closes. */
  points_pending: number
}

const standing = (
  customerId: string,
  account?: {
    id: string
    points_available?: number | null
    points_pending?: number | null
    tier?: { id: string; name: string; rank: number } | null
  }
): CustomerLoyalty => ({
  customer_id: customerId,
  account_id: account?.id ?? null,
  tier: account?.tier
    ? {
        id: account.tier.id,
        name: account.tier.name,
        rank: Number(account.tier.rank),
      }
    : null,
  points_available: Number(account?.points_available ?? 0),
  points_pending: Number(account?.points_pending ?? 0),
})

/**
 * The loyalty standing (tier, account, spendable points) of each customer,
 * keyed by customer id; a customer without an account has no tier and no
 * points. The one way code outside the loyalty program asks for a
 * customer's tier: it reads through Query, so the other modules never touch
 * the loyalty module's service or tables.
 *
 * @example
 * const tiers = await getCustomersLoyalty(container, ["cus_1", "cus_2"])
 * tiers.get("cus_1")?.tier?.name
 */
export const getCustomersLoyalty = async (
  container: MedusaContainer,
  customerIds: string[]
): Promise<Map<string, CustomerLoyalty>> => {
  const ids = [...new Set(customerIds.filter(Boolean))]
  const result = new Map<string, CustomerLoyalty>()
  if (!ids.length) {
    return result
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: accounts } = await query.graph({
    entity: "loyalty_account",
    fields: [
      "id",
      "customer_id",
      "points_available",
      "points_pending",
      "tier.id",
      "tier.name",
      "tier.rank",
    ],
    filters: { customer_id: ids },
  })
  const byCustomer = new Map(accounts.map((a) => [a.customer_id, a]))
  for (const id of ids) {
    result.set(id, standing(id, byCustomer.get(id)))
  }
  return result
}

/**
 * One customer's loyalty standing (see `getCustomersLoyalty`).
 *
 * @example
 * const { tier } = await getCustomerLoyalty(container, order.customer_id)
 */
export const getCustomerLoyalty = async (
  container: MedusaContainer,
  customerId: string
): Promise<CustomerLoyalty> =>
  (await getCustomersLoyalty(container, [customerId])).get(customerId) ??
  standing(customerId)

/**
 * Ids of the customers currently in a tier, for filters by tier in other
 * domains (e.g. the dispute queue).
 *
 * @example
 * const customerIds = await listCustomerIdsInTier(container, "ltier_gold")
 */
export const listCustomerIdsInTier = async (
  container: MedusaContainer,
  tierId: string
): Promise<string[]> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: accounts } = await query.graph({
    entity: "loyalty_account",
    fields: ["customer_id"],
    filters: { tier_id: tierId },
  })
  return accounts.map((a) => a.customer_id)
}

export const getCustomerLoyaltyStepId = "get-customer-loyalty"

/**
 * A customer's loyalty standing (tier, account, spendable points) inside a
 * workflow; a guest (no customer id) has none. Read-only.
 *
 * @example
 * const loyalty = getCustomerLoyaltyStep({ customer_id: order.customer_id })
 */
export const getCustomerLoyaltyStep = createStep(
  getCustomerLoyaltyStepId,
  async (input: { customer_id?: string | null }, { container }) => {
    if (!input.customer_id) {
      return new StepResponse<CustomerLoyalty | null>(null)
    }
    return new StepResponse<CustomerLoyalty | null>(
      await getCustomerLoyalty(container, input.customer_id)
    )
  }
)
