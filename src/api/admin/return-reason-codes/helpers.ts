import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/** Re-reads one return reason code through Query with the asked fields. */
export const refetchReasonCode = async (
  id: string,
  scope: MedusaContainer,
  fields: string[]
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [reasonCode],
  } = await query.graph({
    entity: "return_reason_code",
    fields,
    filters: { id },
  })

  if (!reasonCode) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return reason code with id: ${id} was not found`
    )
  }
  return reasonCode
}
