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
import { sqlManagerOf } from "../../utils/sql"
import {
  assertOpen,
  assertRateable,
  assertRatingValue,
  duplicateOpenError,
  findOpenDispute,
  isClosed,
  isUniqueViolation,
  lockDispute,
  messageEffects,
  messageRow,
  nextDisputeNumber,
  num,
} from "./disputes"
import { listQueueIds } from "./queries/queue"
import { disputeReport } from "./queries/reports"

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
    return await nextDisputeNumber(sqlManagerOf(sharedContext))
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
        throw duplicateOpenError(input)
      }
      throw error
    }
  }

  @InjectTransactionManager()
  protected async openDispute_(
    input: OpenDisputeInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DisputeDTO> {
    const requestId = input.return_request_id ?? null
    const existing = await findOpenDispute(sqlManagerOf(sharedContext), input)
    if (existing) {
      throw duplicateOpenError(input, existing.number)
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
    const row = await lockDispute(sqlManagerOf(sharedContext), disputeId)
    const message = await this.createDisputeMessages(
      messageRow(row, disputeId, input),
      sharedContext
    )
    const { changes, status } = messageEffects(row, input)
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
    const manager = sqlManagerOf(sharedContext)
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
    const row = await lockDispute(sqlManagerOf(sharedContext), disputeId)
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
    const manager = sqlManagerOf(sharedContext)
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
    const row = await lockDispute(sqlManagerOf(sharedContext), disputeId)
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
    const row = await lockDispute(sqlManagerOf(sharedContext), disputeId)
    assertOpen(row)
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
    assertRatingValue(rating)
    const row = await lockDispute(sqlManagerOf(sharedContext), disputeId)
    assertRateable(row, disputeId, customerId)
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
    return await disputeReport(sqlManagerOf(sharedContext), from, to)
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
    return await listQueueIds(sqlManagerOf(sharedContext), filters, pagination)
  }
}

export default ReturnDisputeModuleService
