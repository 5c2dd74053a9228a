import type { AdminRoute } from "../../utils/http"
import type {
  AdminReturnRequestListResponse,
  AdminReturnRequestResponse,
} from "../../../types/http"
import { listEntities } from "../../utils/query"
import { createCsrReturnWorkflow } from "../../../workflows/return-policy"
import { refetchReturnRequest } from "../../utils/return-requests"
import { searchReturnRequestsFilter } from "./helpers"
import type {
  AdminCreateCsrReturnType,
  AdminGetReturnRequestsParamsType,
} from "./validators"

/** Return requests; by default the oldest first, as a review queue. */
export const GET: AdminRoute<
  AdminReturnRequestListResponse,
  unknown,
  AdminGetReturnRequestsParamsType
> = async (req, res) => {
  // from/to are shorthands for created_at[$gte]/[$lte].
  const { from, to, q, ...filters } = req.filterableFields as Record<
    string,
    unknown
  >
  if (typeof q === "string" && q) {
    filters.$or = await searchReturnRequestsFilter(q, req.scope)
  }
  if (from || to) {
    const createdAt = (filters.created_at ?? {}) as Record<string, unknown>
    filters.created_at = {
      ...(typeof createdAt === "object" ? createdAt : { $eq: createdAt }),
      ...(from ? { $gte: from } : {}),
      ...(to ? { $lte: to } : {}),
    }
  }
  const { data: return_requests, ...page } = await listEntities(req, {
    entity: "return_request",
    filters,
  })
  res.json({ return_requests, ...page })
}

/**
 * A CSR enters a return on the customer's behalf: the same rules as the
 * storefront, plus channel, condition and an optional override. A second
 * submit with the same `idempotency_key` answers with the same request.
 */
export const POST: AdminRoute<
  AdminReturnRequestResponse,
  AdminCreateCsrReturnType
> = async (req, res) => {
  // The form's checkbox is a gate, not data to keep.
  const { contact_confirmed: _confirmed, ...body } = req.validatedBody
  const { result } = await createCsrReturnWorkflow(req.scope).run({
    input: { ...body, created_by: req.auth_context.actor_id },
  })
  res.json({
    return_request: await refetchReturnRequest(result.id, req.scope),
  })
}
