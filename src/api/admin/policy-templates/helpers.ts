import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { policyTemplateFields } from "../disputes/helpers"

/** One policy template, or 404. */
export const refetchPolicyTemplate = async (
  id: string,
  scope: MedusaContainer
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [template],
  } = await query.graph({
    entity: "policy_template",
    fields: policyTemplateFields,
    filters: { id },
  })
  if (!template) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Policy template with id: ${id} was not found`
    )
  }
  return template
}
