import { MedusaError } from "@medusajs/framework/utils"
import type { SqlManager } from "../../utils/sql"
import type {
  AddDisputeMessageInput,
  AddDisputeMessageResult,
  ClaimResolutionInput,
  DisputeResolutionSnapshot,
  DisputeStatus,
  OpenDisputeInput,
  ReturnDisputeSettings,
} from "./types"
import { CLOSED_DISPUTE_STATUSES } from "./types"
import { slaDueAt } from "./utils/priority"

/** The dispute row as read under its lock. */
export type LockedDispute = {
  id: string
  number: string
  status: DisputeStatus
  customer_id: string
  assignee_id: string | null
  first_response_at: Date | null
  resolution_kind: DisputeResolutionSnapshot["resolution_kind"]
  resolution_amount: string | null
  resolution_note: string | null
  policy_template_id: string | null
  resolved_by: string | null
  resolved_at: Date | null
  rating: number | null
}

export const isClosed = (status: DisputeStatus) =>
  CLOSED_DISPUTE_STATUSES.includes(status)

export const isUniqueViolation = (error: unknown) => {
  // Medusa maps the index violation to "Dispute with …, already exists."
  const e = error as { code?: string; message?: string }
  return (
    e?.code === "23505" ||
    /duplicate key|already exists/i.test(e?.message ?? "")
  )
}

/** A nullable numeric column as a number. */
export const num = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value)

/**
 * Hands out the next dispute number, e.g. `DSP-000042`, from a counter row
 * locked until the caller's transaction ends: sequential, and a rolled-back
 * open gives its number back.
 */
export const nextDisputeNumber = async (
  manager: SqlManager
): Promise<string> => {
  const [row] = await manager.execute(
    `INSERT INTO dispute_sequence (scope, last) VALUES ('dispute', 1)
     ON CONFLICT (scope) DO UPDATE
       SET last = dispute_sequence.last + 1, updated_at = now()
     RETURNING last`
  )
  return `DSP-${String(row.last).padStart(6, "0")}`
}

/** The open dispute of the return request (or, without one, the order). */
export const findOpenDispute = async (
  manager: SqlManager,
  input: OpenDisputeInput
): Promise<{ number: string } | undefined> => {
  const [existing] = input.return_request_id
    ? await manager.execute(
        `SELECT number FROM dispute
         WHERE return_request_id = ? AND status NOT IN ('resolved', 'rejected')
           AND deleted_at IS NULL LIMIT 1`,
        [input.return_request_id]
      )
    : await manager.execute(
        `SELECT number FROM dispute
         WHERE order_id = ? AND return_request_id IS NULL
           AND status NOT IN ('resolved', 'rejected') AND deleted_at IS NULL
         LIMIT 1`,
        [input.order_id]
      )
  return existing
}

/** The `dispute` row of a new dispute, due by its priority's SLA. */
export const disputeRow = (
  input: OpenDisputeInput,
  number: string,
  settings: ReturnDisputeSettings
) => ({
  number,
  order_id: input.order_id,
  return_request_id: input.return_request_id ?? null,
  customer_id: input.customer_id,
  currency_code: input.currency_code,
  reason_category: input.reason_category,
  claim: input.claim,
  status: "open" as const,
  priority: input.priority,
  opened_by_type: input.opened_by_type,
  opened_by: input.opened_by,
  sla_due_at: slaDueAt(input.priority, input.now ?? new Date(), settings),
})

/** The 422 of a second open dispute on the same request or order. */
export const duplicateOpenError = (
  input: OpenDisputeInput,
  number?: string
) => {
  return new MedusaError(
    MedusaError.Types.DUPLICATE_ERROR,
    input.return_request_id
      ? `return_request_id: return request ${input.return_request_id} already has an open dispute${number ? ` (${number})` : ""}`
      : `order_id: order ${input.order_id} already has an open dispute${number ? ` (${number})` : ""}`
  )
}

export const lockDispute = async (
  manager: SqlManager,
  disputeId: string
): Promise<LockedDispute> => {
  const [row] = await manager.execute(
    `SELECT id, number, status, customer_id, assignee_id, first_response_at,
            resolution_kind, resolution_amount, resolution_note,
            policy_template_id, resolved_by, resolved_at, rating
     FROM dispute WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
    [disputeId]
  )
  if (!row) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Dispute with id: ${disputeId} was not found`
    )
  }
  return row as LockedDispute
}

/** A closed dispute is not resolved twice. */
export const assertOpen = (row: LockedDispute) => {
  if (isClosed(row.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Dispute ${row.number} is already ${row.status}`
    )
  }
}

/**
 * Only the statuses before a resolution are set directly, and only on a
 * dispute that is not closed yet.
 */
export const assertStatusSettable = (
  row: LockedDispute,
  status: DisputeStatus
) => {
  if (isClosed(status)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `status: a dispute becomes ${status} by resolving it`
    )
  }
  if (isClosed(row.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Dispute ${row.number} is ${row.status}: its status can no longer change`
    )
  }
}

/** A closed dispute is not assigned any more. */
export const assertAssignable = (row: LockedDispute) => {
  if (isClosed(row.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Dispute ${row.number} is ${row.status}: it can no longer be assigned`
    )
  }
}

/** Puts back a status (compensation of a status change). */
export const restoreDisputeStatus = async (
  manager: SqlManager,
  disputeId: string,
  status: DisputeStatus
): Promise<void> => {
  await manager.execute(
    `UPDATE dispute SET status = ?, updated_at = now() WHERE id = ?`,
    [status, disputeId]
  )
}

/** The fields a resolution writes on the dispute. */
export const resolutionChanges = (input: ClaimResolutionInput) => ({
  status:
    input.kind === "rejected" ? ("rejected" as const) : ("resolved" as const),
  resolution_kind: input.kind,
  resolution_amount: input.amount ?? null,
  resolution_note: input.note ?? null,
  policy_template_id: input.policy_template_id ?? null,
  resolved_by: input.resolved_by,
  resolved_at: new Date(),
})

/** What a resolution overwrites on the locked row, for compensation. */
export const resolutionSnapshot = (
  row: LockedDispute
): DisputeResolutionSnapshot => ({
  status: row.status,
  resolution_kind: row.resolution_kind,
  resolution_amount: num(row.resolution_amount),
  resolution_note: row.resolution_note,
  policy_template_id: row.policy_template_id,
  resolved_by: row.resolved_by,
  resolved_at: row.resolved_at,
})

/**
 * The `dispute_message` row of a new message. Closed disputes take none but
 * the system's; internal notes are staff-only.
 */
export const messageRow = (
  row: LockedDispute,
  disputeId: string,
  input: AddDisputeMessageInput
) => {
  if (isClosed(row.status) && input.author_type !== "system") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Dispute ${row.number} is ${row.status}: it takes no more messages`
    )
  }
  return {
    dispute_id: disputeId,
    author_type: input.author_type,
    author_id: input.author_id ?? null,
    body: input.body,
    internal: input.author_type === "staff" && !!input.internal,
    channel:
      input.channel ??
      (input.author_type === "staff"
        ? "admin"
        : input.author_type === "system"
          ? "system"
          : "portal"),
  }
}

/**
 * What a message changes on its dispute: the first public staff message
 * sets `first_response_at`; a customer answering a dispute that awaits them
 * puts it back in review.
 */
export const messageEffects = (
  row: LockedDispute,
  input: AddDisputeMessageInput
): { changes: Record<string, unknown>; status: DisputeStatus } => {
  const internal = input.author_type === "staff" && !!input.internal
  const changes: Record<string, unknown> = {}
  if (input.author_type === "staff" && !internal && !row.first_response_at) {
    changes.first_response_at = new Date()
  }
  let status = row.status
  if (input.author_type === "customer" && row.status === "awaiting_customer") {
    status = "in_review"
    changes.status = status
  }
  return { changes, status }
}

/** Deletes a message and puts back what it changed on its dispute. */
export const undoMessage = async (
  manager: SqlManager,
  disputeId: string,
  messageId: string,
  previous: AddDisputeMessageResult["previous"]
): Promise<void> => {
  await manager.execute(`DELETE FROM dispute_message WHERE id = ?`, [messageId])
  await manager.execute(
    `UPDATE dispute SET status = ?, first_response_at = ?, updated_at = now()
     WHERE id = ?`,
    [previous.status, previous.first_response_at, disputeId]
  )
}

export const assertRatingValue = (rating: number) => {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `rating must be a whole number from 1 to 5, got ${rating}`
    )
  }
}

/**
 * Only the dispute's customer rates it (someone else's is not found), once,
 * after it closed.
 */
export const assertRateable = (
  row: LockedDispute,
  disputeId: string,
  customerId: string
) => {
  if (row.customer_id !== customerId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Dispute with id: ${disputeId} was not found`
    )
  }
  if (!isClosed(row.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Dispute ${row.number} is ${row.status}: it can be rated once it is resolved or rejected`
    )
  }
  if (row.rating !== null) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Dispute ${row.number} is already rated`
    )
  }
}
