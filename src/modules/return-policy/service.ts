import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { applicablePolicy } from "./engine/policy"
import type { ReasonCodeSnapshot, ReturnPolicySnapshot } from "./engine/types"
import ReturnDecision from "./models/return-decision"
import ReturnPolicy from "./models/return-policy"
import ReturnReasonCode from "./models/return-reason-code"
import ReturnRequest from "./models/return-request"
import ReturnRequestItem from "./models/return-request-item"
import { sqlManagerOf } from "../../utils/sql"
import {
  deactivatePolicyVersion,
  firstPolicyVersion,
  lockLatestPolicyVersion,
  nextPolicyVersion,
  restorePolicyVersion,
} from "./policies"
import {
  reportCsrReturns,
  reportReturnRequests,
  type CsrReturnReport,
  type ReturnRequestReport,
  type ReturnRequestReportInput,
} from "./queries/reports"
import { refreshReportRollup } from "./queries/report-rollup"
import { createRequestWithDecision, recordDecision } from "./request-store"
import {
  clearNativeReturn,
  customerReturnHistory,
  returnedQuantities,
  setNativeReturn,
  undoDecision,
} from "./requests"
import { nextRmaNumber } from "./sequences"
import type {
  CreateReturnPolicyDTO,
  CreateReturnRequestWithDecisionInput,
  CustomerReturnHistory,
  ReturnDecisionInput,
  ReturnPolicyDTO,
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

/**
 * Return policy module service: versioned return policies per loyalty tier,
 * reason codes, return requests (RMAs) and their append-only decisions.
 * Generated CRUD comes from `MedusaService`; methods added here are the
 * rules that need the database (gapless RMA numbers, locked transitions,
 * policy versioning), written in the concern files beside it
 * (`policies.ts`, `requests.ts`, `request-store.ts`, `sequences.ts`,
 * `queries/`).
 *
 * A write carries `@InjectManager()` over `@InjectTransactionManager()`, as
 * Medusa's own link and sales channel modules do: it joins the caller's
 * transaction, or runs in one of its own.
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
    const input = (Array.isArray(data) ? data : [data]).map(firstPolicyVersion)
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
  @InjectTransactionManager()
  async nextRmaNumber(
    year: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    return await nextRmaNumber(sqlManagerOf(sharedContext), year)
  }

  /**
   * Writes a return request, its items and its first decision (usually the
   * policy engine's) in one transaction, with the next RMA number of the
   * year. The status defaults from the decision: auto_approve → approved,
   * review → pending_review, reject → rejected.
   */
  @InjectManager()
  @InjectTransactionManager()
  async createReturnRequestWithDecision(
    input: CreateReturnRequestWithDecisionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnRequestWithItems> {
    return await createRequestWithDecision(this, input, sharedContext)
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
  @InjectTransactionManager()
  async recordDecision(
    requestId: string,
    decision: ReturnDecisionInput,
    newStatus: ReturnRequestStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnRequestWithItems> {
    return await recordDecision(
      this,
      requestId,
      decision,
      newStatus,
      sharedContext
    )
  }

  /**
   * Takes back a decision recorded by `recordDecision` (workflow
   * compensation): the decision row goes and the request gets its previous
   * status back.
   */
  @InjectManager()
  @InjectTransactionManager()
  async undoDecision(
    requestId: string,
    decisionId: string,
    previous: { status: ReturnRequestStatus; decided_at: Date | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await undoDecision(
      sqlManagerOf(sharedContext),
      requestId,
      decisionId,
      previous
    )
  }

  /**
   * Records the native Medusa return created for an approved request. Only
   * sets it when none is recorded yet; returns whether it did, so a retried
   * step can tell it already ran.
   */
  @InjectManager()
  @InjectTransactionManager()
  async setNativeReturn(
    requestId: string,
    returnId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return await setNativeReturn(
      sqlManagerOf(sharedContext),
      requestId,
      returnId
    )
  }

  /** Undoes `setNativeReturn` (compensation): clears it if it is `returnId`. */
  @InjectManager()
  @InjectTransactionManager()
  async clearNativeReturn(
    requestId: string,
    returnId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await clearNativeReturn(sqlManagerOf(sharedContext), requestId, returnId)
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
  @InjectTransactionManager()
  async updatePolicyVersioned(
    idOrGroupId: string,
    changes: UpdateReturnPolicyTermsDTO,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnPolicyDTO> {
    const manager = sqlManagerOf(sharedContext)
    const latest = await lockLatestPolicyVersion(manager, idOrGroupId)
    const previous = await this.retrieveReturnPolicy(
      latest.id,
      {},
      sharedContext
    )
    await deactivatePolicyVersion(manager, previous.id)

    const next = nextPolicyVersion(previous, changes, !!latest.active)
    await super.createReturnPolicies(next, sharedContext)
    return await this.retrieveReturnPolicy(next.id, {}, sharedContext)
  }

  /**
   * Undoes `updatePolicyVersioned` (compensation): deletes the version it
   * wrote and gives the previous version back its active flag. A no-op when
   * the version is already gone.
   */
  @InjectManager()
  @InjectTransactionManager()
  async restorePolicyVersion(
    newPolicyId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await restorePolicyVersion(sqlManagerOf(sharedContext), newPolicyId)
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
    return await returnedQuantities(sqlManagerOf(sharedContext), orderId)
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
    return await customerReturnHistory(
      sqlManagerOf(sharedContext),
      customerId,
      periodDays,
      now
    )
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
   * Figures for the returns report over the requests created in [from, to]:
   * see `reportReturnRequests` in `queries/reports.ts`.
   */
  @InjectManager()
  async reportReturnRequests(
    input: ReturnRequestReportInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnRequestReport> {
    return await reportReturnRequests(sqlManagerOf(sharedContext), input)
  }

  /**
   * Rolls up the returns report's days written since the last refresh (see
   * `queries/report-rollup.ts`). Safe to run anywhere, any time: one runs
   * at a time and the report is right whether it ran or not.
   */
  @InjectManager()
  @InjectTransactionManager()
  async refreshReportRollup(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ days: number }> {
    return await refreshReportRollup(sqlManagerOf(sharedContext))
  }

  /**
   * Customer service figures between `from` and `to` (both optional): see
   * `reportCsrReturns` in `queries/reports.ts`.
   */
  @InjectManager()
  async reportCsrReturns(
    input: { from?: Date | null; to?: Date | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CsrReturnReport> {
    return await reportCsrReturns(sqlManagerOf(sharedContext), input)
  }
}

export default ReturnPolicyModuleService

export type {
  CsrReturnFigures,
  CsrReturnReport,
  ReturnRequestReport,
  ReturnRequestReportFigures,
  ReturnRequestReportInput,
} from "./queries/reports"
