import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
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
import { disputeSettings } from "./utils/priority"
import { sqlManagerOf } from "../../utils/sql"
import {
  assertAssignable,
  assertOpen,
  assertRateable,
  assertRatingValue,
  assertStatusSettable,
  disputeRow,
  duplicateOpenError,
  findOpenDispute,
  isUniqueViolation,
  lockDispute,
  messageEffects,
  messageRow,
  nextDisputeNumber,
  resolutionChanges,
  resolutionSnapshot,
  restoreDisputeStatus,
  undoMessage,
} from "./disputes"
import { listQueueIds } from "./queries/queue"
import { disputeReport } from "./queries/reports"

/**
 * Return dispute module service: disputes, their messages and evidence, and
 * policy templates. Generated CRUD comes from `MedusaService`; methods added
 * here are the rules that need the database: gapless numbers, one open
 * dispute per return request, and status changes under the dispute's row
 * lock so that two managers cannot both resolve a dispute. The rules and
 * their SQL are in `disputes.ts` and `queries/`.
 *
 * A write carries `@InjectManager()` over `@InjectTransactionManager()`, as
 * Medusa's own link and sales channel modules do: it joins the caller's
 * transaction, or runs in one of its own.
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
  @InjectTransactionManager()
  async nextDisputeNumber(
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
    const manager = sqlManagerOf(sharedContext)
    const existing = await findOpenDispute(manager, input)
    if (existing) {
      throw duplicateOpenError(input, existing.number)
    }
    const number = await nextDisputeNumber(manager)
    const dispute = await this.createDisputes(
      disputeRow(input, number, this.settings_),
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
  @InjectTransactionManager()
  async addMessage(
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
  @InjectTransactionManager()
  async undoMessage(
    disputeId: string,
    messageId: string,
    previous: AddDisputeMessageResult["previous"],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await undoMessage(
      sqlManagerOf(sharedContext),
      disputeId,
      messageId,
      previous
    )
  }

  /**
   * Moves an unresolved dispute to `status` (open, in_review or
   * awaiting_customer). Returns the previous status.
   */
  @InjectManager()
  @InjectTransactionManager()
  async setDisputeStatus(
    disputeId: string,
    status: DisputeStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: DisputeStatus }> {
    const row = await lockDispute(sqlManagerOf(sharedContext), disputeId)
    assertStatusSettable(row, status)
    if (row.status !== status) {
      await this.updateDisputes({ id: disputeId, status }, sharedContext)
    }
    return { previous: row.status }
  }

  /** Puts back a status changed by `setDisputeStatus` (compensation). */
  @InjectManager()
  @InjectTransactionManager()
  async restoreDisputeStatus(
    disputeId: string,
    status: DisputeStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await restoreDisputeStatus(sqlManagerOf(sharedContext), disputeId, status)
  }

  /** Assigns an unresolved dispute; returns the previous assignee. */
  @InjectManager()
  @InjectTransactionManager()
  async assignDispute(
    disputeId: string,
    assigneeId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: string | null }> {
    const row = await lockDispute(sqlManagerOf(sharedContext), disputeId)
    assertAssignable(row)
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
  @InjectTransactionManager()
  async claimResolution(
    disputeId: string,
    input: ClaimResolutionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DisputeResolutionSnapshot> {
    const row = await lockDispute(sqlManagerOf(sharedContext), disputeId)
    assertOpen(row)
    await this.updateDisputes(
      { id: disputeId, ...resolutionChanges(input) },
      sharedContext
    )
    return resolutionSnapshot(row)
  }

  /** Reopens a dispute closed by `claimResolution` (compensation). */
  @InjectManager()
  @InjectTransactionManager()
  async undoResolution(
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
  @InjectTransactionManager()
  async rateDispute(
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
  @InjectTransactionManager()
  async clearRating(
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
