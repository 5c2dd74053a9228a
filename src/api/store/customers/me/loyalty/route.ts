import type { StoreLoyaltyResponse } from "../../../../../types/http"
import type { StoreRoute } from "../../../../utils/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOYALTY_PROGRAM_MODULE } from "../../../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../../../modules/loyalty-program/service"
import { nextTierGap } from "../../../../../modules/loyalty-program/utils/next-tier"

/**
 * The signed-in customer's program standing: tier, benefits, balances and
 * what is missing for the next tier (`nextTierGap`). A customer without an account yet gets
 * a zero balance, not a 404: everybody is in the program.
 */
export const GET: StoreRoute<StoreLoyaltyResponse> = async (req, res) => {
  const customerId = req.auth_context.actor_id
  const service: LoyaltyProgramModuleService = req.scope.resolve(
    LOYALTY_PROGRAM_MODULE
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const [account, { data: tiers }] = await Promise.all([
    service.retrieveAccountByCustomer(customerId),
    query.graph({
      entity: "loyalty_tier",
      fields: [
        "id",
        "name",
        "rank",
        "benefits",
        "min_lifetime_spend",
        "min_orders",
        "min_points",
      ],
      pagination: { order: { rank: "ASC" } },
    }),
  ])

  const tier = account?.tier ?? null
  const spend = Number(account?.lifetime_spend ?? 0)
  const orders = account?.orders_in_period ?? 0
  const points = account?.points_available ?? 0

  res.json({
    loyalty: {
      tier: tier && { id: tier.id, name: tier.name, rank: tier.rank },
      benefits: tier?.benefits ?? {},
      points_available: points,
      points_pending: account?.points_pending ?? 0,
      points_debt: account?.points_debt ?? 0,
      lifetime_spend: spend,
      orders_in_period: orders,
      tier_locked_until: account?.tier_locked
        ? account.tier_lock_expires_at
        : null,
      next_tier: nextTierGap(tiers, {
        tier_rank: tier?.rank ?? null,
        lifetime_spend: spend,
        orders_in_period: orders,
        points_available: points,
      }),
    },
  })
}
