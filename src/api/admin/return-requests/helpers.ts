import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { returnRequestFields } from "../../store/return-requests/helpers"

export const adminReturnRequestFields = [
  ...returnRequestFields,
  "created_by_type",
  "created_by",
  "policy_id",
  "policy_version",
  "tier_id",
  "metadata",
  "idempotency_key",
  "opened_at",
  "decisions.id",
  "decisions.override",
  "decisions.decided_by_type",
  "decisions.decided_by",
  "decisions.policy_version",
  "decisions.tier_snapshot",
  "decisions.rules",
  "decisions.time_to_decision_ms",
]

export const refetchReturnRequest = async (
  id: string,
  scope: MedusaContainer
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [request],
  } = await query.graph({
    entity: "return_request",
    fields: adminReturnRequestFields,
    filters: { id },
  })
  if (!request) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return request with id: ${id} was not found`
    )
  }
  return request
}
