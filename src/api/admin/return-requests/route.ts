import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetReturnRequestsParamsType } from "./validators"

/** Return requests; by default the oldest first, as a review queue. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReturnRequestsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: requests, metadata } = await query.graph({
    entity: "return_request",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    return_requests: requests,
    count: metadata?.count ?? requests.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? requests.length,
  })
}
