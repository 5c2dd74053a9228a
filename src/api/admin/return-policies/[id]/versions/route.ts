import type { AdminReturnPolicyListResponse } from "../../../../../types/http"
import type { AdminRoute } from "../../../../utils/http"
import { listEntities } from "../../../../utils/query"
import { adminReturnPolicies } from "../../query-config"

/** Every version of the policy `:id` belongs to, newest first. */
export const GET: AdminRoute<AdminReturnPolicyListResponse> = async (
  req,
  res
) => {
  const { policy_group_id } = await adminReturnPolicies.refetch(
    req.params.id,
    req.scope,
    ["policy_group_id"]
  )
  const { data: return_policies, ...page } = await listEntities(req, {
    entity: "return_policy",
    filters: { policy_group_id },
  })
  res.json({ return_policies, ...page })
}
