import { MedusaError } from "@medusajs/framework/utils"
import type { SqlManager } from "../../utils/sql"
import type {
  CreateReturnRequestWithDecisionInput,
  CustomerReturnHistory,
  ReturnDecisionInput,
  ReturnDecisionOutcome,
  ReturnRequestStatus,
} from "./types"

const DAY_MS = 86_400_000

/** Which status may follow which; the other statuses are final. */
const TRANSITIONS: Record<ReturnRequestStatus, ReturnRequestStatus[]> = {
  pending_review: ["approved", "rejected", "canceled"],
  approved: ["completed", "canceled"],
  rejected: [],
  canceled: [],
  completed: [],
}

/** The request status each decision outcome leads to. */
const OUTCOME_STATUS: Record<ReturnDecisionOutcome, ReturnRequestStatus> = {
  auto_approve: "approved",
  review: "pending_review",
  reject: "rejected",
  approved: "approved",
  rejected: "rejected",
  canceled: "canceled",
  completed: "completed",
}

/** Outcomes that decide a request (a withdrawal or a review does not). */
export const DECIDING_OUTCOMES: ReturnDecisionOutcome[] = [
  "auto_approve",
  "reject",
  "approved",
  "rejected",
]

/** "a", "a or b", "a, b or c". */
const listOf = (words: string[]) =>
  words.length > 1
    ? `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`
    : words.join("")

/** Statuses whose requests count as returned (or about to be). */
const COUNTED_STATUSES = ["pending_review", "approved", "completed"]

export const assertOutcomeLeadsTo = (
  outcome: ReturnDecisionOutcome,
  status: ReturnRequestStatus
): void => {
  if (OUTCOME_STATUS[outcome] !== status) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A decision with outcome ${outcome} cannot make a return request ${status}`
    )
  }
}

/**
 * The status a new request starts in: given, or the one its first decision
 * leads to (auto_approve → approved, review → pending_review, reject →
 * rejected). A request needs items and starts undecided or decided.
 */
export const initialStatus = (
  input: CreateReturnRequestWithDecisionInput
): ReturnRequestStatus => {
  if (!input.items?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "items: a return request needs at least one item"
    )
  }
  const status = input.status ?? OUTCOME_STATUS[input.decision.outcome]
  if (!["pending_review", "approved", "rejected"].includes(status)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A return request cannot start as ${status}`
    )
  }
  assertOutcomeLeadsTo(input.decision.outcome, status)
  return status
}

/**
 * The `return_request` row of a new request. `createdAt` is also its items'
 * creation time, which the returns report selects them by.
 */
export const requestRow = (
  input: CreateReturnRequestWithDecisionInput,
  rmaNumber: string,
  status: ReturnRequestStatus,
  now: Date,
  createdAt: Date
) => ({
  rma_number: rmaNumber,
  order_id: input.order_id,
  customer_id: input.customer_id,
  channel: input.channel,
  created_by_type: input.created_by_type,
  created_by: input.created_by,
  status,
  refund_estimate: input.refund_estimate,
  refund_method: input.refund_method ?? "original_payment",
  policy_id: input.policy_id,
  policy_version: input.policy_version,
  tier_id: input.tier_id ?? null,
  tier_name: input.tier_name ?? null,
  note: input.note ?? null,
  metadata: input.metadata ?? null,
  return_id: input.return_id ?? null,
  decided_at: status === "pending_review" ? null : now,
  created_at: createdAt,
  first_outcome: input.decision.outcome as ReturnRequestFirstOutcome,
  first_decided_by_type: input.decision.decided_by_type,
  first_decision_at: DECIDING_OUTCOMES.includes(input.decision.outcome)
    ? createdAt
    : null,
  items_quantity: input.items.reduce((sum, item) => sum + item.quantity, 0),
})

type ReturnRequestFirstOutcome = Exclude<
  ReturnDecisionOutcome,
  "canceled" | "completed"
>

/** The `return_request_item` rows of a new request. */
export const itemRows = (
  requestId: string,
  items: CreateReturnRequestWithDecisionInput["items"],
  createdAt: Date
) =>
  items.map((item) => ({
    request_id: requestId,
    created_at: createdAt,
    line_item_id: item.line_item_id,
    quantity: item.quantity,
    reason_code: item.reason_code,
    condition: item.condition ?? null,
    note: item.note ?? null,
    refund_amount: item.refund_amount ?? 0,
    restocking_fee: item.restocking_fee ?? 0,
  }))

/** The `return_decision` row of `decision`, with the request's defaults. */
export const decisionRow = (
  decision: ReturnDecisionInput,
  defaults: {
    policy_id: string
    policy_version: number
    time_to_decision_ms: number
  }
) => ({
  outcome: decision.outcome,
  decided_by_type: decision.decided_by_type,
  decided_by: decision.decided_by ?? null,
  policy_id: decision.policy_id ?? defaults.policy_id,
  policy_version: decision.policy_version ?? defaults.policy_version,
  tier_snapshot: decision.tier_snapshot ?? null,
  rules: decision.rules ?? [],
  reasons: decision.reasons ?? [],
  note: decision.note ?? null,
  time_to_decision_ms: defaults.time_to_decision_ms,
})

/**
 * The defaults of a decision on an existing request (`row`, as locked by
 * `transitionRequest`): the request's policy, and how long it waited.
 */
export const laterDecisionDefaults = (
  row: {
    policy_id: string
    policy_version: number | string
    created_at: Date | string
  },
  now: Date
) => ({
  policy_id: row.policy_id,
  policy_version: Number(row.policy_version),
  time_to_decision_ms: Math.max(
    0,
    now.getTime() - new Date(row.created_at).getTime()
  ),
})

/**
 * Locks the request row and moves it to `newStatus` if the transition is
 * allowed; returns the row as it was. The lock makes of two concurrent
 * approvals the second see `approved` and fail.
 */
export const transitionRequest = async (
  manager: SqlManager,
  requestId: string,
  decision: ReturnDecisionInput,
  newStatus: ReturnRequestStatus,
  now: Date
) => {
  const [row] = await manager.execute(
    `SELECT id, rma_number, status, created_at, decided_at, policy_id, policy_version
     FROM return_request WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
    [requestId]
  )
  if (!row) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return request with id: ${requestId} was not found`
    )
  }
  const current = row.status as ReturnRequestStatus
  const allowed = TRANSITIONS[current] ?? []
  if (!allowed.includes(newStatus)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      allowed.length
        ? `Return request ${row.rma_number} is ${current}: it can become ${listOf(allowed)}, not ${newStatus}`
        : `Return request ${row.rma_number} is ${current}: it cannot become ${newStatus}`
    )
  }
  assertOutcomeLeadsTo(decision.outcome, newStatus)

  const decidedAt = current === "pending_review" ? now : row.decided_at
  await manager.execute(
    `UPDATE return_request SET status = ?, decided_at = ?,
       first_decision_at = COALESCE(first_decision_at, ?::timestamptz),
       updated_at = now()
     WHERE id = ?`,
    [
      newStatus,
      decidedAt,
      DECIDING_OUTCOMES.includes(decision.outcome) ? now : null,
      requestId,
    ]
  )
  return row
}

/** Deletes the decision and gives the request its previous status back. */
export const undoDecision = async (
  manager: SqlManager,
  requestId: string,
  decisionId: string,
  previous: { status: ReturnRequestStatus; decided_at: Date | null }
): Promise<void> => {
  await manager.execute(`DELETE FROM return_decision WHERE id = ?`, [
    decisionId,
  ])
  // The first decision time goes back to the earliest deciding decision
  // left (none when the undone one was the first).
  await manager.execute(
    `UPDATE return_request SET status = ?, decided_at = ?,
       first_decision_at = (
         SELECT MIN(d.created_at) FROM return_decision d
         WHERE d.request_id = return_request.id AND d.deleted_at IS NULL
           AND d.outcome IN (${DECIDING_OUTCOMES.map(() => "?").join(", ")})
       ),
       updated_at = now()
     WHERE id = ?`,
    [previous.status, previous.decided_at, ...DECIDING_OUTCOMES, requestId]
  )
}

/** Sets the native return when none is recorded yet; whether it did. */
export const setNativeReturn = async (
  manager: SqlManager,
  requestId: string,
  returnId: string
): Promise<boolean> => {
  const updated = await manager.execute(
    `UPDATE return_request SET return_id = ?, updated_at = now()
     WHERE id = ? AND return_id IS NULL AND deleted_at IS NULL
     RETURNING id`,
    [returnId, requestId]
  )
  if (updated.length) {
    return true
  }
  const [exists] = await manager.execute(
    `SELECT id FROM return_request WHERE id = ? AND deleted_at IS NULL`,
    [requestId]
  )
  if (!exists) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return request with id: ${requestId} was not found`
    )
  }
  return false
}

/** Clears the native return if it is still `returnId`. */
export const clearNativeReturn = async (
  manager: SqlManager,
  requestId: string,
  returnId: string
): Promise<void> => {
  await manager.execute(
    `UPDATE return_request SET return_id = NULL, updated_at = now()
     WHERE id = ? AND return_id = ?`,
    [requestId, returnId]
  )
}

/** Units per line item of an order in counted requests. */
export const returnedQuantities = async (
  manager: SqlManager,
  orderId: string
): Promise<Record<string, number>> => {
  const rows = await manager.execute(
    `SELECT i.line_item_id, SUM(i.quantity) AS quantity
     FROM return_request_item i
     JOIN return_request r ON r.id = i.request_id
     WHERE r.order_id = ? AND r.deleted_at IS NULL AND i.deleted_at IS NULL
       AND r.status IN (SELECT jsonb_array_elements_text(?::jsonb))
     GROUP BY i.line_item_id`,
    [orderId, JSON.stringify(COUNTED_STATUSES)]
  )
  const quantities: Record<string, number> = {}
  for (const row of rows) {
    quantities[row.line_item_id] = Number(row.quantity)
  }
  return quantities
}

/** Counted requests and their units of a customer in the period. */
export const customerReturnHistory = async (
  manager: SqlManager,
  customerId: string,
  periodDays: number,
  now: Date
): Promise<CustomerReturnHistory> => {
  const from = new Date(now.getTime() - periodDays * DAY_MS)
  const [row] = await manager.execute(
    `SELECT COUNT(DISTINCT r.id) AS returns_in_period,
            COALESCE(SUM(i.quantity), 0) AS items_returned
     FROM return_request r
     LEFT JOIN return_request_item i
       ON i.request_id = r.id AND i.deleted_at IS NULL
     WHERE r.customer_id = ? AND r.deleted_at IS NULL
       AND r.status IN (SELECT jsonb_array_elements_text(?::jsonb))
       AND r.created_at >= ? AND r.created_at <= ?`,
    [customerId, JSON.stringify(COUNTED_STATUSES), from, now]
  )
  return {
    returns_in_period: Number(row?.returns_in_period ?? 0),
    items_returned: Number(row?.items_returned ?? 0),
  }
}
