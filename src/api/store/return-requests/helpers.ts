import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export const returnRequestFields = [
  "id",
  "rma_number",
  "order_id",
  "customer_id",
  "channel",
  "status",
  "refund_estimate",
  "refund_method",
  "tier_name",
  "return_id",
  "note",
  "decided_at",
  "created_at",
  "items.id",
  "items.line_item_id",
  "items.quantity",
  "items.reason_code",
  "items.condition",
  "items.refund_amount",
  "items.restocking_fee",
  "decisions.outcome",
  "decisions.reasons",
  "decisions.note",
  "decisions.created_at",
]

/**
 * One return request as its customer may see it; someone else's request is
 * "not found", like an unknown id.
 */
export const refetchCustomerReturnRequest = async (
  id: string,
  customerId: string,
  scope: MedusaContainer
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [request],
  } = await query.graph({
    entity: "return_request",
    fields: returnRequestFields,
    filters: { id, customer_id: customerId },
  })
  if (!request) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return request with id: ${id} was not found`
    )
  }
  return request
}
