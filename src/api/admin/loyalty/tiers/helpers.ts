import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/** Re-reads one tier through Query with the fields the client asked for. */
export const refetchTier = async (
  id: string,
  scope: MedusaContainer,
  fields: string[]
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [tier],
  } = await query.graph({
    entity: "loyalty_tier",
    fields,
    filters: { id },
  })

  if (!tier) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Loyalty tier with id: ${id} was not found`
    )
  }
  return tier
}
