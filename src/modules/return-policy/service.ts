import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  generateEntityId,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { applicablePolicy } from "./engine/policy"
import type { ReasonCodeSnapshot, ReturnPolicySnapshot } from "./engine/types"
import ReturnDecision from "./models/return-decision"
import ReturnPolicy from "./models/return-policy"
import ReturnReasonCode from "./models/return-reason-code"
import ReturnRequest from "./models/return-request"
import ReturnRequestItem from "./models/return-request-item"
import type {
  CreateReturnPolicyDTO,
  CreateReturnRequestWithDecisionInput,
  CustomerReturnHistory,
  ReturnDecisionInput,
  ReturnDecisionOutcome,
  ReturnPolicyDTO,
  ReturnPolicyTerms,
  ReturnRequestStatus,
  ReturnRequestWithItems,
  ReturnsOptions,
  ReturnsSettings,
  UpdateReturnPolicyTermsDTO,
} from "./types"
import {
  toPolicySnapshot,
  toReasonSnapshot,
  type ReturnPolicyRow,
  type ReturnReasonCodeRow,
} from "./utils/snapshots"

type SqlManager = {
  execute: (sql: string, params?: unknown[]) => Promise<any[]>
}

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

/** "a", "a or b", "a, b or c". */
const listOf = (words: string[]) =>
  words.length > 1
    ? `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`
    : words.join("")

/** Statuses whose requests count as returned (or about to be). */
const COUNTED_STATUSES = ["pending_review", "approved", "completed"]

/** Terms copied from one policy version to the next. */
const POLICY_TERMS = [
  "tier_id",
  "name",
  "return_window_days",
  "auto_approve_max_amount",
  "free_return_shipping",
  "restocking_fee_percent",
  "store_credit_bonus_percent",
  "max_returns_per_period",
  "period_days",
  "return_rate_ceiling",
  "excluded_product_tags",
  "excluded_category_ids",
] as const

/**
 * Return policy module service: versioned return policies per loyalty tier,
 * reason codes, return requests (RMAs) and their append-only decisions.
 * Generated CRUD comes from `MedusaService`; methods added here are the
 * rules that need the database (gapless RMA numbers, locked transitions,
 * policy versioning).
 */
class ReturnPolicyModuleService extends MedusaService({
  ReturnPolicy,
  ReturnReasonCode,
  ReturnRequest,
  ReturnRequestItem,
  ReturnDecision,
}) {
  protected readonly settings_: ReturnsSettings

  constructor(container: Record<string, unknown>, options?: ReturnsOptions) {
    super(...arguments)
    const returns = options?.returns ?? {}
    this.settings_ = {
      enforce_on_native_store_returns:
        returns.enforce_on_native_store_returns ?? true,
      free_return_shipping_hook: returns.free_return_shipping_hook ?? true,
      override_allowed: returns.override_allowed ?? [],
    }
  }

  /** Return settings from the plugin options, with defaults. */
  async getReturnsSettings(): Promise<ReturnsSettings> {
    return this.settings_
  }

  /**
   * Creates policies as their version 1. Each row's `policy_group_id`, the
   * id shared by all its versions, defaults to the row's own id.
   */
  // @ts-expect-error overrides the generated method, as core modules do
  async createReturnPolicies(
    data: CreateReturnPolicyDTO,
    sharedContext?: Context
  ): Promise<ReturnPolicyDTO>
  async createReturnPolicies(
    data: CreateReturnPolicyDTO[],
    sharedContext?: Context
  ): Promise<ReturnPolicyDTO[]>
  @InjectManager()
  async createReturnPolicies(
    data: CreateReturnPolicyDTO | CreateReturnPolicyDTO[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnPolicyDTO | ReturnPolicyDTO[]> {
    const input = (Array.isArray(data) ? data : [data]).map((policy) => {
      const id = policy.id ?? generateEntityId(undefined, "rpol")
      return { ...policy, id, policy_group_id: policy.policy_group_id ?? id }
    })
    const created = await super.createReturnPolicies(input, sharedContext)
    return Array.isArray(data) ? created : created[0]
  }

  /**
   * Hands out the next RMA number of `year`, e.g. `RMA-2026-000042`.
   *
   * The counter row is incremented inside the caller's transaction and stays
   * locked until it ends: concurrent requests queue on it, so numbers are
   * sequential, and a request that rolls back gives its number back, so
   * there are no gaps.
   */
  @InjectManager()
  async nextRmaNumber(
    year: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    return await this.nextRmaNumber_(year, sharedContext)
  }

  @InjectTransactionManager()
  protected async nextRmaNumber_(
    year: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    if (!Number.isInteger(year) || year < 1000 || year > 9999) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `year must be a four-digit year, got ${year}`
      )
    }
    const manager = sharedContext.transactionManager as SqlManager
    const [row] = await manager.execute(
      `INSERT INTO return_rma_sequence (year, last) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE
         SET last = return_rma_sequence.last + 1, updated_at = now()
       RETURNING last`,
      [year]
    )
    return `RMA-${year}-${String(row.last).padStart(6, "0")}`
  }

  /**
   * Writes a return request, its items and its first decision (usually the
   * policy engine's) in one transaction, with the next RMA number of the
   * year. The status defaults from the decision: auto_approve → approved,
   * review → pending_review, reject → rejected.
   */
  @InjectManager()
  async createReturnRequestWithDecision(
    input: CreateReturnRequestWithDecisionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnRequestWithItems> {
    return await this.createReturnRequestWithDecision_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async createReturnRequestWithDecision_(
    input: CreateReturnRequestWithDecisionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnRequestWithItems> {
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
    this.assertOutcomeLeadsTo_(input.decision.outcome, status)

    const now = input.now ?? new Date()
    const rmaNumber = await this.nextRmaNumber(
      now.getUTCFullYear(),
      sharedContext
    )

    const request = await this.createReturnRequests(
      {
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
        decided_at: status === "pending_review" ? null : now,
      },
      sharedContext
    )
    await this.createReturnRequestItems(
      input.items.map((item) => ({
        request_id: request.id,
        line_item_id: item.line_item_id,
        quantity: item.quantity,
        reason_code: item.reason_code,
        condition: item.condition ?? null,
        note: item.note ?? null,
        refund_amount: item.refund_amount ?? 0,
        restocking_fee: item.restocking_fee ?? 0,
      })),
      sharedContext
    )
    await this.createReturnDecisions(
      {
        request_id: request.id,
        ...this.decisionRow_(input.decision, {
          policy_id: input.policy_id,
          policy_version: input.policy_version,
          time_to_decision_ms: 0,
        }),
      },
      sharedContext
    )

    return await this.retrieveWithItems_(request.id, sharedContext)
  }

  /**
   * Moves a request to `newStatus` and appends `decision` to its audit
   * trail. The request row is locked first, so of two concurrent approvals
   * the second sees `approved` and fails: an approval happens once.
   *
   * Allowed: pending_review → approved | rejected | canceled,
   * approved → completed | canceled. Anything else is NOT_ALLOWED.
   */
  @InjectManager()
  async recordDecision(
    requestId: string,
    decision: ReturnDecisionInput,
    newStatus: ReturnRequestStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnRequestWithItems> {
    return await this.recordDecision_(
      requestId,
      decision,
      newStatus,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async recordDecision_(
    requestId: string,
    decision: ReturnDecisionInput,
    newStatus: ReturnRequestStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnRequestWithItems> {
    const manager = sharedContext.transactionManager as SqlManager
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
    this.assertOutcomeLeadsTo_(decision.outcome, newStatus)

    const now = new Date()
    const decidedAt = current === "pending_review" ? now : row.decided_at
    await manager.execute(
      `UPDATE return_request SET status = ?, decided_at = ?, updated_at = now()
       WHERE id = ?`,
      [newStatus, decidedAt, requestId]
    )
    await this.createReturnDecisions(
      {
        request_id: requestId,
        ...this.decisionRow_(decision, {
          policy_id: row.policy_id,
          policy_version: Number(row.policy_version),
          time_to_decision_ms: Math.max(
            0,
            now.getTime() - new Date(row.created_at).getTime()
          ),
        }),
      },
      sharedContext
    )

    return await this.retrieveWithItems_(requestId, sharedContext)
  }

  /**
   * Takes back a decision recorded by `recordDecision` (workflow
   * compensation): the decision row goes and the request gets its previous
   * status back.
   */
  @InjectTransactionManager()
  async undoDecision(
    requestId: string,
    decisionId: string,
    previous: { status: ReturnRequestStatus; decided_at: Date | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(`DELETE FROM return_decision WHERE id = ?`, [
      decisionId,
    ])
    await manager.execute(
      `UPDATE return_request SET status = ?, decided_at = ?, updated_at = now() WHERE id = ?`,
      [previous.status, previous.decided_at, requestId]
    )
  }

  /**
   * Records the native Medusa return created for an approved request. Only
   * sets it when none is recorded yet; returns whether it did, so a retried
   * step can tell it already ran.
   */
  @InjectManager()
  async setNativeReturn(
    requestId: string,
    returnId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return await this.setNativeReturn_(requestId, returnId, sharedContext)
  }

  @InjectTransactionManager()
  protected async setNativeReturn_(
    requestId: string,
    returnId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlManager
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

  /** Undoes `setNativeReturn` (compensation): clears it if it is `returnId`. */
  @InjectManager()
  async clearNativeReturn(
    requestId: string,
    returnId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await this.clearNativeReturn_(requestId, returnId, sharedContext)
  }

  @InjectTransactionManager()
  protected async clearNativeReturn_(
    requestId: string,
    returnId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(
      `UPDATE return_request SET return_id = NULL, updated_at = now()
       WHERE id = ? AND return_id = ?`,
      [requestId, returnId]
    )
  }

  /**
   * The policy that applies to a customer of tier `tierId` (null: no tier),
   * as the engine's snapshot: the rule is `applicablePolicy`, so without a
   * configured policy it is the built-in one. One query for the tier's and
   * the default policy.
   */
  @InjectManager()
  async retrieveApplicablePolicy(
    tierId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnPolicySnapshot> {
    const candidates = await this.listReturnPolicies(
      {
        active: true,
        $or: tierId
          ? [{ tier_id: tierId }, { tier_id: null }]
          : [{ tier_id: null }],
      },
      {},
      sharedContext
    )
    return applicablePolicy(
      candidates.map((row) => toPolicySnapshot(row)),
      tierId
    )
  }

  /**
   * Edits a policy by writing its next version: a new row with the changes,
   * `version + 1` and the same `policy_group_id`, while the previous version
   * is deactivated. Decisions made under the previous version keep pointing
   * at it. `idOrGroupId` is any version's id or the group id. Edits build on
   * the latest version; the new version is active when that one was.
   * Returns the new row.
   */
  @InjectManager()
  async updatePolicyVersioned(
    idOrGroupId: string,
    changes: UpdateReturnPolicyTermsDTO,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnPolicyDTO> {
    return await this.updatePolicyVersioned_(
      idOrGroupId,
      changes,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async updatePolicyVersioned_(
    idOrGroupId: string,
    changes: UpdateReturnPolicyTermsDTO,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnPolicyDTO> {
    const manager = sharedContext.transactionManager as SqlManager
    const [group] = await manager.execute(
      `SELECT policy_group_id FROM return_policy
       WHERE (id = ? OR policy_group_id = ?) AND deleted_at IS NULL
       LIMIT 1`,
      [idOrGroupId, idOrGroupId]
    )
    if (!group) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Return policy with id: ${idOrGroupId} was not found`
      )
    }
    // Lock every version, then read the latest in a new statement: a
    // concurrent edit that committed meanwhile is seen, and its version is
    // built upon rather than forked.
    await manager.execute(
      `SELECT id FROM return_policy
       WHERE policy_group_id = ? AND deleted_at IS NULL FOR UPDATE`,
      [group.policy_group_id]
    )
    const [latest] = await manager.execute(
      `SELECT id, version, active FROM return_policy
       WHERE policy_group_id = ? AND deleted_at IS NULL
       ORDER BY version DESC LIMIT 1`,
      [group.policy_group_id]
    )
    const previous = await this.retrieveReturnPolicy(
      latest.id,
      {},
      sharedContext
    )

    // The previous version steps aside first: the partial unique indexes
    // allow one active policy per tier, checked statement by statement.
    await manager.execute(
      `UPDATE return_policy SET active = false, updated_at = now() WHERE id = ?`,
      [previous.id]
    )

    const terms: Record<string, unknown> = {}
    for (const key of POLICY_TERMS) {
      terms[key] = changes[key] !== undefined ? changes[key] : previous[key]
    }
    const id = generateEntityId(undefined, "rpol")
    await super.createReturnPolicies(
      {
        ...(terms as ReturnPolicyTerms),
        id,
        policy_group_id: previous.policy_group_id,
        version: Number(previous.version) + 1,
        active: !!latest.active,
      },
      sharedContext
    )
    return await this.retrieveReturnPolicy(id, {}, sharedContext)
  }

  /**
   * Undoes `updatePolicyVersioned` (compensation): deletes the version it
   * wrote and gives the previous version back its active flag. A no-op when
   * the version is already gone.
   */
  @InjectManager()
  async restorePolicyVersion(
    newPolicyId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await this.restorePolicyVersion_(newPolicyId, sharedContext)
  }

  @InjectTransactionManager()
  protected async restorePolicyVersion_(
    newPolicyId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlManager
    const [created] = await manager.execute(
      `SELECT id, policy_group_id, version, active FROM return_policy
       WHERE id = ? FOR UPDATE`,
      [newPolicyId]
    )
    if (!created) {
      return
    }
    if (Number(created.version) < 2) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Return policy ${newPolicyId} is a first version: delete it instead`
      )
    }
    await manager.execute(`DELETE FROM return_policy WHERE id = ?`, [
      newPolicyId,
    ])
    await manager.execute(
      `UPDATE return_policy SET active = ?, updated_at = now()
       WHERE policy_group_id = ? AND version = ? AND deleted_at IS NULL`,
      [created.active, created.policy_group_id, Number(created.version) - 1]
    )
  }

  /**
   * Units of each line of an order already in a return request that is
   * pending, approved or completed (canceled and rejected ones give theirs
   * back), keyed by line item id.
   */
  @InjectManager()
  async returnedQuantities(
    orderId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const manager = sharedContext.manager as SqlManager
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

  /**
   * A customer's returns in the `periodDays` up to `now` (both ends
   * included), counting pending, approved and completed requests, and the
   * units in them: the engine's `returns_in_period` and `items_returned`.
   */
  @InjectManager()
  async customerReturnHistory(
    customerId: string,
    periodDays: number,
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CustomerReturnHistory> {
    const manager = sharedContext.manager as SqlManager
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

  /** A policy row as the engine's `ReturnPolicySnapshot`. */
  async toPolicySnapshot(
    policy: ReturnPolicyRow
  ): Promise<ReturnPolicySnapshot> {
    return toPolicySnapshot(policy)
  }

  /** A reason code row as the engine's `ReasonCodeSnapshot`. */
  async toReasonSnapshot(
    reason: ReturnReasonCodeRow
  ): Promise<ReasonCodeSnapshot> {
    return toReasonSnapshot(reason)
  }

  /**
   * The request with its items and decisions (oldest first). Listed rather
   * than loaded as relations: the collections of a request created in this
   * transaction are cached empty.
   */
  @InjectTransactionManager()
  protected async retrieveWithItems_(
    requestId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnRequestWithItems> {
    const request = await this.retrieveReturnRequest(
      requestId,
      {},
      sharedContext
    )
    const items = await this.listReturnRequestItems(
      { request_id: requestId },
      { order: { created_at: "ASC" } },
      sharedContext
    )
    const decisions = await this.listReturnDecisions(
      { request_id: requestId },
      { order: { created_at: "ASC" } },
      sharedContext
    )
    return { ...request, items, decisions }
  }

  protected assertOutcomeLeadsTo_(
    outcome: ReturnDecisionOutcome,
    status: ReturnRequestStatus
  ): void {
    if (OUTCOME_STATUS[outcome] !== status) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A decision with outcome ${outcome} cannot make a return request ${status}`
      )
    }
  }

  protected decisionRow_(
    decision: ReturnDecisionInput,
    defaults: {
      policy_id: string
      policy_version: number
      time_to_decision_ms: number
    }
  ) {
    return {
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
    }
  }

  /**
   * Figures for the returns report over the requests created in
   * [from, to], overall and per tier (the tier snapshot on the request):
   * outcomes, the share auto-approved by the policy, median and p90 time to
   * decision; volume per `group_by` bucket (UTC, empty buckets included),
   * items per reason code and requests per channel.
   *
   * Time to decision runs from the request's creation to its first decision
   * by the policy or a person (auto_approve, reject, approved, rejected): a
   * request the customer withdrew before anyone decided has none. Disputes
   * belong to another module, so the caller passes the disputed request ids.
   * Everything is aggregated in SQL: no request rows are loaded.
   */
  @InjectManager()
  async reportReturnRequests(
    input: ReturnRequestReportInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnRequestReport> {
    const manager = sharedContext.manager as SqlManager
    const scope = this.reportScope_(input)

    const figureRows = await manager.execute(
      `WITH ${scope.cte},
       first_decision AS (
         SELECT DISTINCT ON (d.request_id) d.request_id, d.outcome, d.decided_by_type
         FROM return_decision d JOIN req ON req.id = d.request_id
         WHERE d.deleted_at IS NULL
         ORDER BY d.request_id, d.created_at, d.id
       ),
       decision_time AS (
         SELECT DISTINCT ON (d.request_id) d.request_id,
                GREATEST(0, EXTRACT(EPOCH FROM d.created_at - req.created_at))::double precision AS seconds
         FROM return_decision d JOIN req ON req.id = d.request_id
         WHERE d.deleted_at IS NULL
           AND d.outcome IN ('auto_approve', 'reject', 'approved', 'rejected')
         ORDER BY d.request_id, d.created_at, d.id
       ),
       disputed AS (
         SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS request_id
       ),
       facts AS (
         SELECT req.*, f.outcome AS first_outcome, f.decided_by_type AS first_by,
                t.seconds, dp.request_id IS NOT NULL AS disputed
         FROM req
         LEFT JOIN first_decision f ON f.request_id = req.id
         LEFT JOIN decision_time t ON t.request_id = req.id
         LEFT JOIN disputed dp ON dp.request_id = req.id
       )
       SELECT GROUPING(tier_id) = 1 AS is_total,
              tier_id,
              (array_agg(tier_name ORDER BY created_at DESC))[1] AS tier_name,
              COUNT(*) AS requests,
              COUNT(*) FILTER (
                WHERE first_outcome = 'auto_approve' AND first_by = 'policy'
              ) AS auto_approved,
              COUNT(*) FILTER (WHERE first_outcome = 'review') AS reviewed,
              COUNT(*) FILTER (WHERE status = 'pending_review') AS pending_review,
              COUNT(*) FILTER (WHERE status IN ('approved', 'completed')) AS approved,
              COUNT(*) FILTER (WHERE status = 'rejected') AS rejected,
              COUNT(*) FILTER (WHERE status = 'canceled') AS canceled,
              COUNT(*) FILTER (WHERE disputed) AS disputed,
              COUNT(seconds) AS decided,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median_seconds,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90_seconds
       FROM facts
       GROUP BY GROUPING SETS ((tier_id), ())`,
      [...scope.params, JSON.stringify(input.disputed_request_ids ?? [])]
    )

    const volumeRows = await manager.execute(
      `WITH ${scope.cte},
       buckets AS (
         SELECT generate_series(
           date_trunc(?, ?::timestamptz AT TIME ZONE 'UTC'),
           date_trunc(?, ?::timestamptz AT TIME ZONE 'UTC'),
           ('1 ' || ?)::interval
         ) AS period
       ),
       per_request AS (
         SELECT date_trunc(?, req.created_at AT TIME ZONE 'UTC') AS period,
                (SELECT COALESCE(SUM(i.quantity), 0) FROM return_request_item i
                 WHERE i.request_id = req.id AND i.deleted_at IS NULL) AS items
         FROM req
       )
       SELECT to_char(b.period, 'YYYY-MM-DD') AS period,
              COUNT(p.period) AS requests,
              COALESCE(SUM(p.items), 0) AS items
       FROM buckets b LEFT JOIN per_request p ON p.period = b.period
       GROUP BY b.period ORDER BY b.period`,
      [
        ...scope.params,
        input.group_by,
        input.from,
        input.group_by,
        input.to,
        input.group_by,
        input.group_by,
      ]
    )

    const reasonRows = await manager.execute(
      `WITH ${scope.cte}
       SELECT i.reason_code, MAX(rc.label) AS label,
              SUM(i.quantity) AS items, COUNT(DISTINCT i.request_id) AS requests
       FROM req
       JOIN return_request_item i ON i.request_id = req.id AND i.deleted_at IS NULL
       LEFT JOIN return_reason_code rc
         ON rc.code = i.reason_code AND rc.deleted_at IS NULL
       GROUP BY i.reason_code
       ORDER BY items DESC, i.reason_code`,
      scope.params
    )

    const channelRows = await manager.execute(
      `WITH ${scope.cte}
       SELECT channel, COUNT(*) AS requests FROM req GROUP BY channel`,
      scope.params
    )

    const num = (v: unknown) => Number(v ?? 0)
    const share = (part: number, whole: number) => (whole ? part / whole : 0)
    // Timestamps have millisecond precision; rounding to it drops the float
    // noise of the percentile interpolation.
    const seconds = (v: unknown) =>
      v === null || v === undefined ? null : Math.round(Number(v) * 1000) / 1000
    const figures = (row: any): ReturnRequestReportFigures => {
      const requests = num(row?.requests)
      const autoApproved = num(row?.auto_approved)
      const disputed = num(row?.disputed)
      return {
        requests,
        auto_approved: autoApproved,
        auto_approved_share: share(autoApproved, requests),
        reviewed: num(row?.reviewed),
        pending_review: num(row?.pending_review),
        approved: num(row?.approved),
        rejected: num(row?.rejected),
        canceled: num(row?.canceled),
        disputed,
        dispute_rate: share(disputed, requests),
        decided: num(row?.decided),
        median_decision_seconds: seconds(row?.median_seconds),
        p90_decision_seconds: seconds(row?.p90_seconds),
      }
    }

    const perTier = figureRows
      .filter((row) => !row.is_total)
      .map((row) => ({
        tier_id: (row.tier_id as string | null) ?? null,
        tier_name: row.tier_id
          ? ((row.tier_name as string | null) ?? row.tier_id)
          : "No tier",
        ...figures(row),
      }))
      .sort(
        (a, b) =>
          b.requests - a.requests || a.tier_name.localeCompare(b.tier_name)
      )

    const totalItems = reasonRows.reduce((sum, row) => sum + num(row.items), 0)
    const perChannel = new Map<string, number>(
      channelRows.map((row) => [row.channel, num(row.requests)])
    )

    return {
      totals: figures(figureRows.find((row) => row.is_total)),
      per_tier: perTier,
      volume: volumeRows.map((row) => ({
        period: row.period,
        requests: num(row.requests),
        items: num(row.items),
      })),
      reasons: reasonRows.map((row) => ({
        reason_code: row.reason_code,
        label: row.label ?? row.reason_code,
        items: num(row.items),
        requests: num(row.requests),
        share: share(num(row.items), totalItems),
      })),
      // Every channel, busiest first, so a chart's categories stay stable.
      channels: RETURN_CHANNELS.map((channel) => ({
        channel,
        requests: perChannel.get(channel) ?? 0,
      })).sort((a, b) => b.requests - a.requests),
    }
  }

  /**
   * The report's requests as a `req` CTE and its bindings: created in
   * [from, to], not deleted, of one tier when `tier_id` is given (null:
   * those made without a tier).
   */
  protected reportScope_(input: ReturnRequestReportInput): {
    cte: string
    params: unknown[]
  } {
    return {
      cte: `req AS (
         SELECT r.id, r.created_at, r.status, r.channel, r.tier_id, r.tier_name
         FROM return_request r
         WHERE r.deleted_at IS NULL
           AND r.created_at >= ? AND r.created_at <= ?
           AND (NOT ?::boolean OR r.tier_id IS NOT DISTINCT FROM ?::text)
       )`,
      params: [
        input.from,
        input.to,
        input.tier_id !== undefined,
        input.tier_id ?? null,
      ],
    }
  }

  /**
   * Customer service figures between `from` and `to` (both optional):
   * average initiation time (form opened to request created) of CSR
   * returns, volume per channel (every request) and per CSR, and the
   * accuracy rate: the share of CSR-created requests not later canceled or
   * corrected by a reviewer's rejection. Aggregated in SQL.
   */
  @InjectManager()
  async reportCsrReturns(
    input: { from?: Date | null; to?: Date | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CsrReturnReport> {
    const manager = sharedContext.manager as SqlManager
    const range = `r.deleted_at IS NULL
      AND r.created_at >= COALESCE(?::timestamptz, '-infinity')
      AND r.created_at <= COALESCE(?::timestamptz, 'infinity')`
    const params = [input.from ?? null, input.to ?? null]
    const figures = `COUNT(*) AS requests,
      COUNT(r.opened_at) AS timed,
      AVG(EXTRACT(EPOCH FROM (r.created_at - r.opened_at)))
        FILTER (WHERE r.opened_at IS NOT NULL) AS avg_initiation_seconds,
      COUNT(*) FILTER (WHERE r.status NOT IN ('canceled', 'rejected')) AS accurate`
    const [totals] = await manager.execute(
      `SELECT ${figures} FROM return_request r
       WHERE r.created_by_type = 'admin' AND ${range}`,
      params
    )
    const perCsr = await manager.execute(
      `SELECT r.created_by, ${figures} FROM return_request r
       WHERE r.created_by_type = 'admin' AND ${range}
       GROUP BY r.created_by ORDER BY COUNT(*) DESC, r.created_by`,
      params
    )
    const perChannel = await manager.execute(
      `SELECT r.channel, COUNT(*) AS requests,
         COUNT(*) FILTER (WHERE r.created_by_type = 'admin') AS csr_requests
       FROM return_request r WHERE ${range}
       GROUP BY r.channel ORDER BY r.channel`,
      params
    )
    const shape = (row: Record<string, unknown> | undefined) => {
      const requests = Number(row?.requests ?? 0)
      const avg = row?.avg_initiation_seconds
      return {
        requests,
        timed_requests: Number(row?.timed ?? 0),
        avg_initiation_seconds:
          avg === null || avg === undefined
            ? null
            : Math.round(Number(avg) * 10) / 10,
        accurate: Number(row?.accurate ?? 0),
        accuracy_rate: requests
          ? Math.round((Number(row?.accurate ?? 0) / requests) * 10_000) /
            10_000
          : null,
      }
    }
    return {
      csr: shape(totals),
      per_csr: perCsr.map((row) => ({
        created_by: row.created_by as string,
        ...shape(row),
      })),
      per_channel: perChannel.map((row) => ({
        channel: row.channel as string,
        requests: Number(row.requests),
        csr_requests: Number(row.csr_requests),
      })),
    }
  }
}

/** The channels a return request can come through, as in the model. */
const RETURN_CHANNELS = [
  "storefront",
  "phone",
  "email",
  "chat",
  "in_store",
] as const

export type ReturnRequestReportInput = {
  from: Date
  to: Date
  group_by: "day" | "week" | "month"
  /** Omitted: every tier; null: only requests made without a tier. */
  tier_id?: string | null
  /** Ids of requests with at least one dispute (the dispute module's). */
  disputed_request_ids?: string[]
}

/** Outcome figures of a set of requests (all, or one tier's). */
export type ReturnRequestReportFigures = {
  requests: number
  /** First decision: the policy's auto_approve. */
  auto_approved: number
  auto_approved_share: number
  /** First decision: the policy's review. */
  reviewed: number
  /** By current status; approved includes completed. */
  pending_review: number
  approved: number
  rejected: number
  canceled: number
  disputed: number
  dispute_rate: number
  /** Requests with a decision, the population of the two times below. */
  decided: number
  median_decision_seconds: number | null
  p90_decision_seconds: number | null
}

export type ReturnRequestReport = {
  totals: ReturnRequestReportFigures
  per_tier: (ReturnRequestReportFigures & {
    tier_id: string | null
    tier_name: string
  })[]
  volume: { period: string; requests: number; items: number }[]
  reasons: {
    reason_code: string
    label: string
    items: number
    requests: number
    share: number
  }[]
  channels: { channel: string; requests: number }[]
}

export default ReturnPolicyModuleService

export type CsrReturnFigures = {
  requests: number
  /** Requests that know when the form was opened. */
  timed_requests: number
  avg_initiation_seconds: number | null
  /** Neither canceled nor rejected. */
  accurate: number
  /** accurate / requests, 0..1; null without requests. */
  accuracy_rate: number | null
}

export type CsrReturnReport = {
  csr: CsrReturnFigures
  per_csr: (CsrReturnFigures & { created_by: string })[]
  per_channel: { channel: string; requests: number; csr_requests: number }[]
}
