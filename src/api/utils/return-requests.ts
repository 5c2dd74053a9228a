import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type {
  AdminReturnRequestResponse,
  StoreReturnRequest,
} from "../../types/http"
import {
  presentStoreReturnRequests,
  type FreshReturnRequest,
} from "../../workflows/return-policy"
import { adminReturnShipmentFields } from "../../types/http"
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
    // The label and tracking of its parcel, for the request drawer.
    fields: [
      ...adminReturnRequestFields,
      ...adminReturnShipmentFields("return_shipment."),
    ],
    filters: { id },
  })

/**
 * Return requests as their customer reads them (`StoreReturnRequest`), in
 * the order of `ids`; with `customerId`, anybody else's are left out.
 * The presenter `getStoreReturnRequestsWorkflow` runs, called without its
 * workflow: a read-only refetch after each route's one workflow, and the
 * workflow run around it cost every store answer a statement and a run.
 */
export const presentCustomerReturnRequests = async (
  ids: string[],
  customerId: string | null,
  scope: MedusaContainer,
  fresh?: FreshReturnRequest | null
): Promise<StoreReturnRequest[]> =>
  await presentStoreReturnRequests(
    scope.resolve(ContainerRegistrationKeys.QUERY),
    { ids, customer_id: customerId },
    fresh
  )

/**
 * One return request as its customer may see it; someone else's request is
 * "not found", like an unknown id.
 */
export const refetchCustomerReturnRequest = async (
  id: string,
  customerId: string,
  scope: MedusaContainer,
  fresh?: FreshReturnRequest | null
): Promise<StoreReturnRequest> => {
  const [request] = await presentCustomerReturnRequests(
    [id],
    customerId,
    scope,
    fresh
  )
  if (!request) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return request with id: ${id} was not found`
    )
  }
  return request
}

/** Staff decisions on the return request `:id`, answered with the request. */
export const returnRequestAction = recordActions({
  idField: "request_id",
  check: (id, scope) => refetchReturnRequest(id, scope),
  respond: async (id, scope): Promise<AdminReturnRequestResponse> => ({
    return_request: await refetchReturnRequest(id, scope),
  }),
})
