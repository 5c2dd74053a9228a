import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOYALTY_PROGRAM_MODULE } from "../../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../../modules/loyalty-program/service"

/**
 * The rewards catalogue: active rewards still in stock. A signed-in customer
 * also sees, per reward, whether they can redeem it now and why not.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rewards, metadata } = await query.graph({
    entity: "loyalty_reward",
    fields: req.queryConfig.fields,
    filters: { active: true },
    pagination: req.queryConfig.pagination,
  })
  const inStock = rewards.filter((r) => r.stock === null || r.stock > 0)

  const customerId = req.auth_context?.actor_id
  if (!customerId) {
    return res.json({
      rewards: inStock,
      count: metadata?.count ?? inStock.length,
      offset: metadata?.skip ?? 0,
      limit: metadata?.take ?? inStock.length,
    })
  }

  const service: LoyaltyProgramModuleService = req.scope.resolve(
    LOYALTY_PROGRAM_MODULE
  )
  const account = await service.retrieveAccountByCustomer(customerId)
  const rank = account?.tier?.rank ?? -1
  const available = account?.points_available ?? 0
  res.json({
    rewards: inStock.map((reward) => {
      const tierOk =
        reward.min_tier_rank == null || rank >= reward.min_tier_rank
      const pointsOk = available >= reward.points_cost
      return {
        ...reward,
        can_redeem: tierOk && pointsOk,
        unavailable_reason: !tierOk
          ? "tier"
          : !pointsOk
            ? "insufficient_points"
            : null,
      }
    }),
    count: metadata?.count ?? inStock.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? inStock.length,
  })
}
