import type { AdminRoute } from "../../utils/http"
import type { AdminDisputeResponse } from "../../../types/http"
import {
  listDisputeQueueWorkflow,
  openDisputeWorkflow,
} from "../../../workflows/disputes"
import {
  disputeFields,
  refetchDisputeSummary,
  withOverdue,
} from "../../utils/disputes"
import type {
  AdminCreateDisputeType,
  AdminGetDisputesParamsType,
} from "./validators"

/**
 * The dispute queue: overdue first, then by SLA due date. Filters: status,
 * priority (one or many), assignee_id ("none" = unassigned), overdue,
 * tier_id, customer_id, order_id, q (number or claim).
 */
export const GET: AdminRoute<
  unknown,
  unknown,
  AdminGetDisputesParamsType
> = async (req, res) => {
  const q = req.validatedQuery as AdminGetDisputesParamsType
  const { skip = 0, take = 50 } = req.queryConfig.pagination ?? {}
  const {
    result: { disputes, count },
  } = await listDisputeQueueWorkflow(req.scope).run({
    input: {
      filters: {
        status: q.status,
        priority: q.priority,
        assignee_id: q.assignee_id === "none" ? null : q.assignee_id,
        overdue: q.overdue,
        tier_id: q.tier_id,
        customer_id: q.customer_id,
        order_id: q.order_id,
        q: q.q,
      },
      pagination: { skip, take },
      fields: disputeFields,
    },
  })
  res.json({
    disputes: disputes.map(withOverdue),
    count,
    offset: skip,
    limit: take,
  })
}

/** Staff open a dispute on a customer's behalf. */
export const POST: AdminRoute<
  AdminDisputeResponse,
  AdminCreateDisputeType
> = async (req, res) => {
  const { result } = await openDisputeWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      opened_by_type: "staff",
      opened_by: req.auth_context.actor_id,
    },
  })
  res.json({ dispute: await refetchDisputeSummary(result.id, req.scope) })
}
