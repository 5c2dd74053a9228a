import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { returnRequestFields } from "../../../return-requests/helpers"
import type { StoreGetReturnRequestsParamsType } from "../../../return-requests/validators"

/** The signed-in customer's return requests, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetReturnRequestsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: requests, metadata } = await query.graph({
    entity: "return_request",
    fields: returnRequestFields,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    return_requests: requests,
    count: metadata?.count ?? requests.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? requests.length,
  })
}
