import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import Dispute from "./models/dispute"
import DisputeEvidence from "./models/dispute-evidence"
import DisputeMessage from "./models/dispute-message"
import PolicyTemplate from "./models/policy-template"
import type {
  AddDisputeMessageInput,
  AddDisputeMessageResult,
  ClaimResolutionInput,
  DisputeDTO,
  DisputeReport,
  DisputeResolutionSnapshot,
  DisputeQueueFilters,
  DisputeStatus,
  OpenDisputeInput,
  ReturnDisputeOptions,
  ReturnDisputeSettings,
} from "./types"
import { CLOSED_DISPUTE_STATUSES } from "./types"
import { disputeSettings, slaDueAt } from "./utils/priority"

type SqlManager = {
  execute: (sql: string, params?: unknown[]) => Promise<any[]>
}

type LockedDispute = {
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

const isClosed = (status: DisputeStatus) =>
  CLOSED_DISPUTE_STATUSES.includes(status)

const isUniqueViolation = (error: unknown) => {
  // Medusa maps the index violation to "Dispute with …, already exists."
  const e = error as { code?: string; message?: string }
  return (
    e?.code === "23505" ||
    /duplicate key|already exists/i.test(e?.message ?? "")
  )
}

const num = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value)

/**
 * Return dispute module service: disputes, their messages and evidence, and
 * policy templates. Generated CRUD comes from `MedusaService`; methods added
 * here are the rules that need the database: gapless numbers, one open
 * dispute per return request, and status changes under the dispute's row
 * lock so that two managers cannot both resolve a dispute.
 */
class ReturnDisputeModuleService extends MedusaService({
  Dispute,
  DisputeMessage,
  DisputeEvidence,
  PolicyTemplate,
}) {
  protected readonly settings_: ReturnDisputeSettings

  constructor(
    container: Record<string, unknown>,
    options?: ReturnDisputeOptions
  ) {
    super(...arguments)
    this.settings_ = disputeSettings(options)
  }

  /** SLA hours and priority thresholds from the plugin options. */
  async getDisputeSettings(): Promise<ReturnDisputeSettings> {
    return this.settings_
  }

  /**
   * Hands out the next dispute number, e.g. `DSP-000042`. The counter row
   * stays locked until the caller's transaction ends: concurrent opens
   * queue on it (sequential numbers) and a rolled-back open gives its
   * number back (no gaps).
   */
  @InjectManager()
  async nextDisputeNumber(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    return await this.nextDisputeNumber_(sharedContext)
  }

  @InjectTransactionManager()
  protected async nextDisputeNumber_(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    const manager = sharedContext.transactionManager as SqlManager
    const [row] = await manager.execute(
      `INSERT INTO dispute_sequence (scope, last) VALUES ('dispute', 1)
       ON CONFLICT (scope) DO UPDATE
         SET last = dispute_sequence.last + 1, updated_at = now()
       RETURNING last`
    )
    return `DSP-${String(row.last).padStart(6, "0")}`
  }

  /**
   * Opens a dispute with the next number and its SLA due date. Refused
   * when the return request (or, without one, the order) already has an
   * open dispute; the partial unique indexes make this hold under
   * concurrency too.
   */
  @InjectManager()
  async openDispute(
    input: OpenDisputeInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DisputeDTO> {
    try {
      return await this.openDispute_(input, sharedContext)
    } catch (error) {
      // A concurrent open of the same request committed first: the insert
      // fails on the partial unique index when the transaction flushes.
      if (isUniqueViolation(error)) {
        throw this.duplicateOpen_(input)
      }
      throw error
    }
  }

  protected duplicateOpen_(input: OpenDisputeInput, number?: string) {
    return new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      input.return_request_id
        ? `return_request_id: return request ${input.return_request_id} already has an open dispute${number ? ` (${number})` : ""}`
        : `order_id: order ${input.order_id} already has an open dispute${number ? ` (${number})` : ""}`
    )
  }

  @InjectTransactionManager()
  protected async openDispute_(
    input: OpenDisputeInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DisputeDTO> {
    const manager = sharedContext.transactionManager as SqlManager
    const requestId = input.return_request_id ?? null
    const [existing] = requestId
      ? await manager.execute(
          `SELECT number FROM dispute
           WHERE return_request_id = ? AND status NOT IN ('resolved', 'rejected')
             AND deleted_at IS NULL LIMIT 1`,
          [requestId]
        )
      : await manager.execute(
          `SELECT number FROM dispute
           WHERE order_id = ? AND return_request_id IS NULL
             AND status NOT IN ('resolved', 'rejected') AND deleted_at IS NULL
           LIMIT 1`,
          [input.order_id]
        )
    if (existing) {
      throw this.duplicateOpen_(input, existing.number)
    }

    const now = input.now ?? new Date()
    const number = await this.nextDisputeNumber_(sharedContext)
    const dispute = await this.createDisputes(
      {
        number,
        order_id: input.order_id,
        return_request_id: requestId,
        customer_id: input.customer_id,
        currency_code: input.currency_code,
        reason_category: input.reason_category,
        claim: input.claim,
        status: "open",
        priority: input.priority,
        opened_by_type: input.opened_by_type,
        opened_by: input.opened_by,
        sla_due_at: slaDueAt(input.priority, now, this.settings_),
      },
      sharedContext
    )
    return dispute as unknown as DisputeDTO
  }

  /**
   * Appends a message. Closed disputes take none. The first public staff
   * message sets `first_response_at`; a customer answering a dispute that
   * awaits them puts it back in review.
   */
  @InjectManager()
  async addMessage(
    disputeId: string,
    input: AddDisputeMessageInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AddDisputeMessageResult> {
    return await this.addMessage_(disputeId, input, sharedContext)
  }

  @InjectTransactionManager()
  protected async addMessage_(
    disputeId: string,
    input: AddDisputeMessageInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AddDisputeMessageResult> {
    const row = await this.lock_(disputeId, sharedContext)
    if (isClosed(row.status) && input.author_type !== "system") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dispute ${row.number} is ${row.status}: it takes no more messages`
      )
    }
    const internal = input.author_type === "staff" && !!input.internal
    const message = await this.createDisputeMessages(
      {
        dispute_id: disputeId,
        author_type: input.author_type,
        author_id: input.author_id ?? null,
        body: input.body,
        internal,
        channel:
          input.channel ??
          (input.author_type === "staff"
            ? "admin"
            : input.author_type === "system"
              ? "system"
              : "portal"),
      },
      sharedContext
    )

    const changes: Record<string, unknown> = {}
    if (input.author_type === "staff" && !internal && !row.first_response_at) {
      changes.first_response_at = new Date()
    }
    let status = row.status
    if (
      input.author_type === "customer" &&
      row.status === "awaiting_customer"
    ) {
      status = "in_review"
      changes.status = status
    }
    if (Object.keys(changes).length) {
      await this.updateDisputes({ id: disputeId, ...changes }, sharedContext)
    }
    return {
      message: message as unknown as AddDisputeMessageResult["message"],
      previous: {
        status: row.status,
        first_response_at: row.first_response_at,
      },
      status,
    }
  }

  /** Undoes `addMessage` (compensation). */
  @InjectManager()
  async undoMessage(
    disputeId: string,
    messageId: string,
    previous: AddDisputeMessageResult["previous"],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await this.undoMessage_(
      disputeId,
      messageId,
      previous,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async undoMessage_(
    disputeId: string,
    messageId: string,
    previous: AddDisputeMessageResult["previous"],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(`DELETE FROM dispute_message WHERE id = ?`, [
      messageId,
    ])
    await manager.execute(
      `UPDATE dispute SET status = ?, first_response_at = ?, updated_at = now()
       WHERE id = ?`,
      [previous.status, previous.first_response_at, disputeId]
    )
  }

  /**
   * Moves an unresolved dispute to `status` (open, in_review or
   * awaiting_customer). Returns the previous status.
   */
  @InjectManager()
  async setDisputeStatus(
    disputeId: string,
    status: DisputeStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: DisputeStatus }> {
    return await this.setDisputeStatus_(disputeId, status, sharedContext)
  }

  @InjectTransactionManager()
  protected async setDisputeStatus_(
    disputeId: string,
    status: DisputeStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: DisputeStatus }> {
    if (isClosed(status)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `status: a dispute becomes ${status} by resolving it`
      )
    }
    const row = await this.lock_(disputeId, sharedContext)
    if (isClosed(row.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dispute ${row.number} is ${row.status}: its status can no longer change`
      )
    }
    if (row.status !== status) {
      await this.updateDisputes({ id: disputeId, status }, sharedContext)
    }
    return { previous: row.status }
  }

  /** Puts back a status changed by `setDisputeStatus` (compensation). */
  @InjectManager()
  async restoreDisputeStatus(
    disputeId: string,
    status: DisputeStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await this.restoreDisputeStatus_(disputeId, status, sharedContext)
  }

  @InjectTransactionManager()
  protected async restoreDisputeStatus_(
    disputeId: string,
    status: DisputeStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(
      `UPDATE dispute SET status = ?, updated_at = now() WHERE id = ?`,
      [status, disputeId]
    )
  }

  /** Assigns an unresolved dispute; returns the previous assignee. */
  @InjectManager()
  async assignDispute(
    disputeId: string,
    assigneeId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: string | null }> {
    return await this.assignDispute_(disputeId, assigneeId, sharedContext)
  }

  @InjectTransactionManager()
  protected async assignDispute_(
    disputeId: string,
    assigneeId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: string | null }> {
    const row = await this.lock_(disputeId, sharedContext)
    if (isClosed(row.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dispute ${row.number} is ${row.status}: it can no longer be assigned`
      )
    }
    await this.updateDisputes(
      { id: disputeId, assignee_id: assigneeId },
      sharedContext
    )
    return { previous: row.assignee_id }
  }

  /**
   * Closes a dispute with a resolution, once: the row is locked, so of two
   * managers resolving at the same time the second waits, then finds it
   * closed and is refused. Everything that moves money runs after this, so
   * it runs once. Returns what it overwrote, for compensation.
   */
  @InjectManager()
  async claimResolution(
    disputeId: string,
    input: ClaimResolutionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DisputeResolutionSnapshot> {
    return await this.claimResolution_(disputeId, input, sharedContext)
  }

  @InjectTransactionManager()
  protected async claimResolution_(
    disputeId: string,
    input: ClaimResolutionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DisputeResolutionSnapshot> {
    const row = await this.lock_(disputeId, sharedContext)
    if (isClosed(row.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dispute ${row.number} is already ${row.status}`
      )
    }
    await this.updateDisputes(
      {
        id: disputeId,
        status: input.kind === "rejected" ? "rejected" : "resolved",
        resolution_kind: input.kind,
        resolution_amount: input.amount ?? null,
        resolution_note: input.note ?? null,
        policy_template_id: input.policy_template_id ?? null,
        resolved_by: input.resolved_by,
        resolved_at: new Date(),
      },
      sharedContext
    )
    return {
      status: row.status,
      resolution_kind: row.resolution_kind,
      resolution_amount: num(row.resolution_amount),
      resolution_note: row.resolution_note,
      policy_template_id: row.policy_template_id,
      resolved_by: row.resolved_by,
      resolved_at: row.resolved_at,
    }
  }

  /** Reopens a dispute closed by `claimResolution` (compensation). */
  @InjectManager()
  async undoResolution(
    disputeId: string,
    previous: DisputeResolutionSnapshot,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await this.undoResolution_(disputeId, previous, sharedContext)
  }

  @InjectTransactionManager()
  protected async undoResolution_(
    disputeId: string,
    previous: DisputeResolutionSnapshot,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.updateDisputes(
      {
        id: disputeId,
        ...previous,
        resolved_at: previous.resolved_at
          ? new Date(previous.resolved_at)
          : null,
      },
      sharedContext
    )
  }

  /**
   * The customer rates a closed dispute, once. Someone else's dispute is
   * not found.
   */
  @InjectManager()
  async rateDispute(
    disputeId: string,
    customerId: string,
    rating: number,
    comment: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await this.rateDispute_(
      disputeId,
      customerId,
      rating,
      comment,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async rateDispute_(
    disputeId: string,
    customerId: string,
    rating: number,
    comment: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `rating must be a whole number from 1 to 5, got ${rating}`
      )
    }
    const row = await this.lock_(disputeId, sharedContext)
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
    await this.updateDisputes(
      {
        id: disputeId,
        rating,
        rating_comment: comment,
        rated_at: new Date(),
      },
      sharedContext
    )
  }

  /** Removes a rating (compensation). */
  @InjectManager()
  async clearRating(
    disputeId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await this.clearRating_(disputeId, sharedContext)
  }

  @InjectTransactionManager()
  protected async clearRating_(
    disputeId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.updateDisputes(
      { id: disputeId, rating: null, rating_comment: null, rated_at: null },
      sharedContext
    )
  }

  /**
   * Dispute figures for disputes opened in [from, to): resolution times,
   * first-contact resolution, satisfaction, reasons, evidence kinds and
   * templates against acceptance; open load and overdue are as of now.
   */
  @InjectManager()
  async disputeReport(
    from: Date,
    to: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DisputeReport> {
    const manager = sharedContext.manager as SqlManager
    // Closed disputes of the period with their hours to close.
    const closed = `SELECT d.id, d.status, d.resolution_kind, d.policy_template_id,
        EXTRACT(EPOCH FROM (d.resolved_at - d.created_at)) / 3600.0 AS hours
      FROM dispute d
      WHERE d.deleted_at IS NULL AND d.created_at >= ? AND d.created_at < ?
        AND d.status IN ('resolved', 'rejected') AND d.resolved_at IS NOT NULL`

    const [times] = await manager.execute(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c.hours) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY c.hours) AS p90,
              COUNT(*) AS closed,
              COUNT(*) FILTER (WHERE c.status = 'resolved') AS resolved,
              COUNT(*) FILTER (WHERE (
                SELECT COUNT(*) FROM dispute_message m
                WHERE m.dispute_id = c.id AND m.deleted_at IS NULL
                  AND m.author_type = 'staff' AND m.internal = false
              ) <= 1) AS first_contact
       FROM (${closed}) c`,
      [from, to]
    )
    const [satisfaction] = await manager.execute(
      `SELECT AVG(rating) AS average, COUNT(rating) AS count FROM dispute
       WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ?
         AND rating IS NOT NULL`,
      [from, to]
    )
    const reasons = await manager.execute(
      `SELECT reason_category, COUNT(*) AS count FROM dispute
       WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ?
       GROUP BY reason_category ORDER BY count DESC, reason_category`,
      [from, to]
    )
    // "Accepted": closed in the customer's favour (any kind but rejected).
    const evidence = await manager.execute(
      `SELECT e.kind,
              COUNT(DISTINCT d.id) AS disputes,
              COUNT(DISTINCT d.id) FILTER (WHERE d.status IN ('resolved', 'rejected')) AS closed,
              COUNT(DISTINCT d.id) FILTER (WHERE d.status = 'resolved') AS accepted,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY
                EXTRACT(EPOCH FROM (d.resolved_at - d.created_at)) / 3600.0)
                FILTER (WHERE d.resolved_at IS NOT NULL) AS median
       FROM (SELECT DISTINCT dispute_id, kind FROM dispute_evidence
             WHERE deleted_at IS NULL) e
       JOIN dispute d ON d.id = e.dispute_id
       WHERE d.deleted_at IS NULL AND d.created_at >= ? AND d.created_at < ?
       GROUP BY e.kind ORDER BY disputes DESC, e.kind`,
      [from, to]
    )
    const templates = await manager.execute(
      `SELECT c.policy_template_id, t.title, COUNT(*) AS uses,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY c.hours) AS median
       FROM (${closed}) c
       LEFT JOIN policy_template t ON t.id = c.policy_template_id
       WHERE c.policy_template_id IS NOT NULL
       GROUP BY c.policy_template_id, t.title ORDER BY uses DESC, t.title`,
      [from, to]
    )
    const perAssignee = await manager.execute(
      `SELECT assignee_id, COUNT(*) AS open FROM dispute
       WHERE deleted_at IS NULL AND status NOT IN ('resolved', 'rejected')
       GROUP BY assignee_id ORDER BY open DESC, assignee_id NULLS LAST`
    )
    const [load] = await manager.execute(
      `SELECT COUNT(*) AS open,
              COUNT(*) FILTER (WHERE sla_due_at < now()) AS overdue
       FROM dispute
       WHERE deleted_at IS NULL AND status NOT IN ('resolved', 'rejected')`
    )

    const closedCount = Number(times?.closed ?? 0)
    const round = (v: unknown) =>
      v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100
    return {
      time_to_resolve: {
        median_hours: round(times?.median),
        p90_hours: round(times?.p90),
      },
      first_contact_resolution_rate: closedCount
        ? round(Number(times.first_contact) / closedCount)
        : null,
      satisfaction: {
        average: round(satisfaction?.average),
        count: Number(satisfaction?.count ?? 0),
      },
      reasons: reasons.map((r) => ({
        reason_category: r.reason_category,
        count: Number(r.count),
      })),
      evidence_kinds: evidence.map((e) => ({
        kind: e.kind,
        disputes: Number(e.disputes),
        accepted_share: Number(e.closed)
          ? round(Number(e.accepted) / Number(e.closed))
          : null,
        median_hours: round(e.median),
      })),
      templates: templates.map((t) => ({
        policy_template_id: t.policy_template_id,
        title: t.title ?? null,
        uses: Number(t.uses),
        median_hours: round(t.median),
      })),
      open_per_assignee: perAssignee.map((a) => ({
        assignee_id: a.assignee_id ?? null,
        open: Number(a.open),
      })),
      overdue: Number(load?.overdue ?? 0),
      open: Number(load?.open ?? 0),
      resolved: Number(times?.resolved ?? 0),
    }
  }

  /**
   * Dispute ids for the staff queue, overdue first, then by SLA due date,
   * with the total count. An empty `customer_ids` list matches nothing.
   */
  @InjectManager()
  async listQueueIds(
    filters: DisputeQueueFilters,
    pagination: { skip: number; take: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ ids: string[]; count: number }> {
    const manager = sharedContext.manager as SqlManager
    const where = ["deleted_at IS NULL"]
    const params: unknown[] = []
    const inList = (column: string, values: string[]) => {
      where.push(`${column} IN (SELECT jsonb_array_elements_text(?::jsonb))`)
      params.push(JSON.stringify(values))
    }
    if (filters.status?.length) {
      inList("status", filters.status)
    }
    if (filters.priority?.length) {
      inList("priority", filters.priority)
    }
    if (filters.customer_ids) {
      inList("customer_id", filters.customer_ids)
    }
    if (filters.customer_id) {
      where.push("customer_id = ?")
      params.push(filters.customer_id)
    }
    if (filters.order_id) {
      where.push("order_id = ?")
      params.push(filters.order_id)
    }
    if (filters.assignee_id === null) {
      where.push("assignee_id IS NULL")
    } else if (filters.assignee_id) {
      where.push("assignee_id = ?")
      params.push(filters.assignee_id)
    }
    if (filters.overdue !== undefined) {
      where.push(
        filters.overdue
          ? "(status NOT IN ('resolved', 'rejected') AND sla_due_at < now())"
          : "NOT (status NOT IN ('resolved', 'rejected') AND sla_due_at < now())"
      )
    }
    if (filters.q) {
      where.push("(number ILIKE ? OR claim ILIKE ?)")
      const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      params.push(like, like)
    }
    const clause = where.join(" AND ")
    const [{ count }] = await manager.execute(
      `SELECT COUNT(*) AS count FROM dispute WHERE ${clause}`,
      params
    )
    const rows = await manager.execute(
      `SELECT id FROM dispute WHERE ${clause}
       ORDER BY (status NOT IN ('resolved', 'rejected') AND sla_due_at < now()) DESC,
                sla_due_at ASC, id ASC
       LIMIT ? OFFSET ?`,
      [...params, pagination.take, pagination.skip]
    )
    return { ids: rows.map((r) => r.id), count: Number(count) }
  }

  @InjectTransactionManager()
  protected async lock_(
    disputeId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LockedDispute> {
    const manager = sharedContext.transactionManager as SqlManager
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
}

export default ReturnDisputeModuleService
