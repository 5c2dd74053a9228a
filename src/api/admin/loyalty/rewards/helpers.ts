import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/** Re-reads one reward through Query with the fields the client asked for. */
export const refetchReward = async (
  id: string,
  scope: MedusaContainer,
  fields: string[]
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [reward],
  } = await query.graph({
    entity: "loyalty_reward",
    fields,
    filters: { id },
  })

  if (!reward) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Loyalty reward with id: ${id} was not found`
    )
  }
  return reward
}
