import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/** Re-reads one return policy version through Query with the asked fields. */
export const refetchReturnPolicy = async (
  id: string,
  scope: MedusaContainer,
  fields: string[]
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [policy],
  } = await query.graph({
    entity: "return_policy",
    fields,
    filters: { id },
  })

  if (!policy) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return policy with id: ${id} was not found`
    )
  }
  return policy
}
