import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminReturnRequestResponse } from "../../types/http"
import { refetchEntity } from "./query"
import { recordActions } from "./record-actions"
import {
  adminReturnRequestFields,
  returnRequestFields,
} from "../../workflows/return-policy/fields"

export { adminReturnRequestFields, returnRequestFields }

/** One return request with everything staff see, or 404. */
export const refetchReturnRequest = (id: string, scope: MedusaContainer) =>
  refetchEntity(scope, {
    entity: "return_request",
    label: "Return request",
    fields: adminReturnRequestFields,
    filters: { id },
  })

/**
 * One return request as its customer may see it; someone else's request is
 * "not found", like an unknown id.
 */
export const refetchCustomerReturnRequest = (
  id: string,
  customerId: string,
  scope: MedusaContainer
) =>
  refetchEntity(scope, {
    entity: "return_request",
    label: "Return request",
    fields: returnRequestFields,
    filters: { id, customer_id: customerId },
  })

/** Staff decisions on the return request `:id`, answered with the request. */
export const returnRequestAction = recordActions({
  idField: "request_id",
  check: (id, scope) => refetchReturnRequest(id, scope),
  respond: async (id, scope): Promise<AdminReturnRequestResponse> => ({
    return_request: await refetchReturnRequest(id, scope),
  }),
})
