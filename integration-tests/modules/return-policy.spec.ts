import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import type { RefundBreakdown } from "../../src/modules/return-policy/engine/types"
import ReturnPolicyModuleService from "../../src/modules/return-policy/service"
import type {
  CreateReturnRequestWithDecisionInput,
  ReturnDecisionInput,
} from "../../src/modules/return-policy/types"

jest.setTimeout(60 * 1000)

const DAY_MS = 86_400_000

const REFUND: RefundBreakdown = {
  currency_code: "eur",
  items: [],
  items_total: 120,
  restocking_fee_total: 0,
  return_shipping: 0,
  refund_total: 120,
  store_credit_bonus: 0,
  credited_total: 120,
}

const POLICY_DECISION: ReturnDecisionInput = {
  outcome: "review",
  decided_by_type: "policy",
  rules: [
    {
      rule: "reason_review",
      passed: false,
      detail: "DAMAGED needs a review",
      effect: "review",
      line_item_id: "li_1",
    },
  ],
  reasons: ["DAMAGED needs a review"],
}

const requestInput = (
  overrides: Partial<CreateReturnRequestWithDecisionInput> = {}
): CreateReturnRequestWithDecisionInput => ({
  order_id: "order_1",
  customer_id: "cus_1",
  channel: "storefront",
  created_by_type: "customer",
  created_by: "cus_1",
  items: [
    {
      line_item_id: "li_1",
      quantity: 1,
      reason_code: "DAMAGED",
      condition: "damaged",
      refund_amount: 120,
    },
  ],
  refund_estimate: REFUND,
  policy_id: "rpol_test",
  policy_version: 1,
  decision: POLICY_DECISION,
  now: new Date("2026-03-01T10:00:00.000Z"),
  ...overrides,
})

const approve = (by = "user_1"): ReturnDecisionInput => ({
  outcome: "approved",
  decided_by_type: "admin",
  decided_by: by,
})

moduleIntegrationTestRunner<ReturnPolicyModuleService>({
  moduleName: RETURN_POLICY_MODULE,
  resolve: "./src/modules/return-policy",
  // The shipped migration, not a schema derived from the models: the partial
  // unique indexes, checks and the RMA counter are tested as merchants get
  // them.
  pathToMigrations: "./src/modules/return-policy/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const setCreatedAt = async (id: string, createdAt: Date) => {
      await MikroOrmWrapper.forkManager().execute(
        `UPDATE return_request SET created_at = ? WHERE id = ?`,
        [createdAt, id]
      )
    }

    describe("return policies", () => {
      it("creates version 1 of a policy with its defaults", async () => {
        const policy = await service.createReturnPolicies({
          tier_id: "ltier_gold",
          name: "Gold returns",
          return_window_days: 60,
          auto_approve_max_amount: 250,
          free_return_shipping: true,
          restocking_fee_percent: 12.5,
        })

        const [found] = await service.listReturnPolicies({ id: policy.id })
        expect(found).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^rpol_/),
            policy_group_id: policy.id,
            version: 1,
            active: true,
            tier_id: "ltier_gold",
            return_window_days: 60,
            auto_approve_max_amount: 250,
            free_return_shipping: true,
            restocking_fee_percent: 12.5,
            store_credit_bonus_percent: 0,
            max_returns_per_period: null,
            period_days: 365,
            return_rate_ceiling: null,
            excluded_product_tags: [],
            excluded_category_ids: [],
          })
        )
      })

      it("creates several policies at once, each its own group", async () => {
        const [a, b] = await service.createReturnPolicies([
          { tier_id: "ltier_a", name: "A", return_window_days: 30 },
          { tier_id: "ltier_b", name: "B", return_window_days: 45 },
        ])
        expect(a.policy_group_id).toEqual(a.id)
        expect(b.policy_group_id).toEqual(b.id)
      })

      it("allows one active policy per tier", async () => {
        await service.createReturnPolicies({
          tier_id: "ltier_gold",
          name: "Gold",
          return_window_days: 60,
        })
        await expect(
          service.createReturnPolicies({
            tier_id: "ltier_gold",
            name: "Gold again",
            return_window_days: 90,
          })
        ).rejects.toThrow(/already exists/)

        // An inactive one, and another tier's, are fine.
        await service.createReturnPolicies([
          {
            tier_id: "ltier_gold",
            name: "Gold draft",
            return_window_days: 90,
            active: false,
          },
          { tier_id: "ltier_silver", name: "Silver", return_window_days: 45 },
        ])
        expect(
          await service.listReturnPolicies({ tier_id: "ltier_gold" })
        ).toHaveLength(2)
      })

      it("allows one active default policy", async () => {
        const first = await service.createReturnPolicies({
          name: "Default",
          return_window_days: 30,
        })
        expect(first.tier_id).toBeNull()
        await expect(
          service.createReturnPolicies({
            name: "Another default",
            return_window_days: 14,
          })
        ).rejects.toThrow(/already exists/)

        // Once the first is deleted, a new default can be made.
        await service.softDeleteReturnPolicies([first.id])
        const second = await service.createReturnPolicies({
          name: "Another default",
          return_window_days: 14,
        })
        expect(second.active).toBe(true)
      })

      it("refuses out-of-range terms at the database", async () => {
        const base = { name: "Bad", return_window_days: 30 }
        await expect(
          service.createReturnPolicies({ ...base, restocking_fee_percent: 101 })
        ).rejects.toThrow()
        await expect(
          service.createReturnPolicies({
            ...base,
            store_credit_bonus_percent: -1,
          })
        ).rejects.toThrow()
        await expect(
          service.createReturnPolicies({ ...base, return_window_days: -1 })
        ).rejects.toThrow()
        await expect(
          service.createReturnPolicies({ ...base, return_rate_ceiling: 1.5 })
        ).rejects.toThrow()
        await expect(
          service.createReturnPolicies({ ...base, auto_approve_max_amount: -5 })
        ).rejects.toThrow()
        await expect(
          service.createReturnPolicies({ ...base, period_days: 0 })
        ).rejects.toThrow()
        expect(await service.listReturnPolicies({})).toHaveLength(0)
      })

      it("writes a new version on edit and keeps the old one", async () => {
        const v1 = await service.createReturnPolicies({
          tier_id: "ltier_gold",
          name: "Gold",
          return_window_days: 60,
          auto_approve_max_amount: 200,
          excluded_product_tags: ["final-sale"],
        })

        const v2 = await service.updatePolicyVersioned(v1.id, {
          return_window_days: 90,
          auto_approve_max_amount: null,
        })
        expect(v2).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^rpol_/),
            policy_group_id: v1.id,
            version: 2,
            active: true,
            tier_id: "ltier_gold",
            name: "Gold",
            return_window_days: 90,
            auto_approve_max_amount: null,
            excluded_product_tags: ["final-sale"],
          })
        )
        expect(v2.id).not.toEqual(v1.id)

        const old = await service.retrieveReturnPolicy(v1.id)
        expect(old).toEqual(
          expect.objectContaining({
            version: 1,
            active: false,
            return_window_days: 60,
            auto_approve_max_amount: 200,
          })
        )

        // By group id too; the group keeps one active version.
        const v3 = await service.updatePolicyVersioned(v1.policy_group_id, {
          name: "Gold (2027)",
        })
        expect(v3).toEqual(
          expect.objectContaining({
            version: 3,
            name: "Gold (2027)",
            return_window_days: 90,
          })
        )
        const versions = await service.listReturnPolicies(
          { policy_group_id: v1.id },
          { order: { version: "ASC" } }
        )
        expect(versions.map((v) => [v.version, v.active])).toEqual([
          [1, false],
          [2, false],
          [3, true],
        ])
      })

      it("versions concurrent edits one after the other", async () => {
        const v1 = await service.createReturnPolicies({
          tier_id: "ltier_gold",
          name: "Gold",
          return_window_days: 60,
        })
        const edits = await Promise.all(
          [70, 80, 90].map((days) =>
            service.updatePolicyVersioned(v1.id, { return_window_days: days })
          )
        )
        expect(edits.map((e) => e.version).sort()).toEqual([2, 3, 4])
        const active = await service.listReturnPolicies({
          policy_group_id: v1.id,
          active: true,
        })
        expect(active).toHaveLength(1)
        expect(active[0].version).toEqual(4)
      })

      it("refuses an edit that moves a policy onto a tier that has one", async () => {
        await service.createReturnPolicies({
          tier_id: "ltier_gold",
          name: "Gold",
          return_window_days: 60,
        })
        const silver = await service.createReturnPolicies({
          tier_id: "ltier_silver",
          name: "Silver",
          return_window_days: 30,
        })
        await expect(
          service.updatePolicyVersioned(silver.id, { tier_id: "ltier_gold" })
        ).rejects.toThrow(/already exists/)
        // Rolled back: silver v1 is still the active one.
        const [still] = await service.listReturnPolicies({
          policy_group_id: silver.id,
        })
        expect(still).toEqual(
          expect.objectContaining({ id: silver.id, active: true })
        )
      })

      it("fails to edit an unknown policy", async () => {
        await expect(
          service.updatePolicyVersioned("rpol_nope", { name: "x" })
        ).rejects.toThrow(/rpol_nope was not found/)
      })

      it("restores the previous version (compensation)", async () => {
        const v1 = await service.createReturnPolicies({
          tier_id: "ltier_gold",
          name: "Gold",
          return_window_days: 60,
        })
        const v2 = await service.updatePolicyVersioned(v1.id, {
          return_window_days: 90,
        })

        await service.restorePolicyVersion(v2.id)
        // Idempotent, as a retried compensation may run twice.
        await service.restorePolicyVersion(v2.id)
        await expect(service.restorePolicyVersion(v1.id)).rejects.toThrow(
          /first version/
        )

        const versions = await service.listReturnPolicies(
          { policy_group_id: v1.id },
          { withDeleted: true }
        )
        expect(versions).toEqual([
          expect.objectContaining({ id: v1.id, version: 1, active: true }),
        ])
      })

      it("finds the policy that applies: the tier's, else the default, else the built-in one", async () => {
        expect(await service.retrieveApplicablePolicy("ltier_gold")).toEqual(
          expect.objectContaining({
            id: "builtin_default",
            version: 0,
            return_window_days: 30,
            auto_approve_max_amount: null,
          })
        )

        const fallback = await service.createReturnPolicies({
          name: "Default",
          return_window_days: 30,
        })
        const gold = await service.createReturnPolicies({
          tier_id: "ltier_gold",
          name: "Gold",
          return_window_days: 60,
        })
        await service.createReturnPolicies({
          tier_id: "ltier_silver",
          name: "Silver (off)",
          return_window_days: 45,
          active: false,
        })

        expect(await service.retrieveApplicablePolicy("ltier_gold")).toEqual(
          expect.objectContaining({ id: gold.id, return_window_days: 60 })
        )
        expect(
          (await service.retrieveApplicablePolicy("ltier_silver")).id
        ).toEqual(fallback.id)
        expect((await service.retrieveApplicablePolicy(null)).id).toEqual(
          fallback.id
        )

        // After an edit, the new version is the one found.
        const v2 = await service.updatePolicyVersioned(gold.id, {
          return_window_days: 75,
        })
        expect(await service.retrieveApplicablePolicy("ltier_gold")).toEqual(
          expect.objectContaining({ id: v2.id, return_window_days: 75 })
        )
      })

      it("converts rows to the engine's snapshots", async () => {
        const policy = await service.createReturnPolicies({
          tier_id: "ltier_gold",
          name: "Gold",
          return_window_days: 60,
          auto_approve_max_amount: 199.99,
          restocking_fee_percent: 10,
          store_credit_bonus_percent: 5,
          max_returns_per_period: 4,
          period_days: 90,
          return_rate_ceiling: 0.5,
          excluded_product_tags: ["final-sale"],
          excluded_category_ids: ["pcat_clearance"],
        })
        const reason = await service.createReturnReasonCodes({
          code: "CHANGED_MIND",
          label: "Changed my mind",
          restocking_fee_percent_override: 15,
        })

        const row = await service.retrieveReturnPolicy(policy.id)
        expect(await service.toPolicySnapshot(row)).toEqual({
          id: policy.id,
          version: 1,
          tier_id: "ltier_gold",
          return_window_days: 60,
          auto_approve_max_amount: 199.99,
          free_return_shipping: false,
          restocking_fee_percent: 10,
          store_credit_bonus_percent: 5,
          max_returns_per_period: 4,
          period_days: 90,
          return_rate_ceiling: 0.5,
          excluded_product_tags: ["final-sale"],
          excluded_category_ids: ["pcat_clearance"],
        })
        expect(
          await service.toReasonSnapshot(
            await service.retrieveReturnReasonCode(reason.id)
          )
        ).toEqual({
          code: "CHANGED_MIND",
          label: "Changed my mind",
          requires_review: false,
          requires_evidence: false,
          restocking_fee_percent_override: 15,
          active: true,
        })
      })
    })

    describe("return reason codes", () => {
      it("stores a code with its defaults", async () => {
        const reason = await service.createReturnReasonCodes({
          code: "DAMAGED",
          label: "Arrived damaged",
          requires_evidence: true,
        })
        expect(reason).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^rrc_/),
            code: "DAMAGED",
            requires_review: false,
            requires_evidence: true,
            restocking_fee_percent_override: null,
            active: true,
          })
        )
      })

      it("keeps codes unique among live rows and upper snake case", async () => {
        const first = await service.createReturnReasonCodes({
          code: "DAMAGED",
          label: "Damaged",
        })
        await expect(
          service.createReturnReasonCodes({ code: "DAMAGED", label: "Again" })
        ).rejects.toThrow(/already exists/)
        await expect(
          service.createReturnReasonCodes({ code: "damaged", label: "lower" })
        ).rejects.toThrow()
        await expect(
          service.createReturnReasonCodes({
            code: "WRONG_SIZE",
            label: "Fee above 100",
            restocking_fee_percent_override: 120,
          })
        ).rejects.toThrow()

        await service.softDeleteReturnReasonCodes([first.id])
        const again = await service.createReturnReasonCodes({
          code: "DAMAGED",
          label: "Damaged (new)",
        })
        expect(again.id).not.toEqual(first.id)
      })
    })

    describe("RMA numbers", () => {
      it("formats the year's next number", async () => {
        expect(await service.nextRmaNumber(2026)).toEqual("RMA-2026-000001")
        expect(await service.nextRmaNumber(2026)).toEqual("RMA-2026-000002")
        expect(await service.nextRmaNumber(2027)).toEqual("RMA-2027-000001")
        await expect(service.nextRmaNumber(26)).rejects.toThrow(
          /four-digit year/
        )
      })

      it("numbers 30 concurrent requests 1 to 30 with no gap", async () => {
        const requests = await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            service.createReturnRequestWithDecision(
              requestInput({ order_id: `order_${i}` })
            )
          )
        )
        const numbers = requests.map((r) => r.rma_number).sort()
        expect(new Set(numbers).size).toEqual(30)
        expect(numbers).toEqual(
          Array.from(
            { length: 30 },
            (_, i) => `RMA-2026-${String(i + 1).padStart(6, "0")}`
          )
        )
      })

      it("gives the number back when the request rolls back", async () => {
        const first =
          await service.createReturnRequestWithDecision(requestInput())
        expect(first.rma_number).toEqual("RMA-2026-000001")

        // The item's quantity fails a database check after the number was
        // taken: the whole transaction rolls back.
        await expect(
          service.createReturnRequestWithDecision(
            requestInput({
              items: [{ line_item_id: "li_1", quantity: 0, reason_code: "X" }],
            })
          )
        ).rejects.toThrow()
        expect(
          await service.listReturnRequests({ order_id: "order_1" })
        ).toHaveLength(1)

        const next =
          await service.createReturnRequestWithDecision(requestInput())
        expect(next.rma_number).toEqual("RMA-2026-000002")
      })

      it("starts every year at 1", async () => {
        const a = await service.createReturnRequestWithDecision(
          requestInput({ now: new Date("2026-12-31T23:59:59.999Z") })
        )
        const b = await service.createReturnRequestWithDecision(
          requestInput({ now: new Date("2027-01-01T00:00:00.000Z") })
        )
        expect([a.rma_number, b.rma_number]).toEqual([
          "RMA-2026-000001",
          "RMA-2027-000001",
        ])
      })
    })

    describe("return requests", () => {
      it("writes the request, its items and the first decision together", async () => {
        const request = await service.createReturnRequestWithDecision(
          requestInput({
            tier_id: "ltier_gold",
            tier_name: "Gold",
            refund_method: "store_credit",
            metadata: { source: "test" },
          })
        )
        expect(request).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^rreq_/),
            rma_number: "RMA-2026-000001",
            status: "pending_review",
            channel: "storefront",
            refund_method: "store_credit",
            refund_estimate: REFUND,
            policy_id: "rpol_test",
            policy_version: 1,
            tier_id: "ltier_gold",
            tier_name: "Gold",
            return_id: null,
            decided_at: null,
            metadata: { source: "test" },
            items: [
              expect.objectContaining({
                id: expect.stringMatching(/^rri_/),
                line_item_id: "li_1",
                quantity: 1,
                reason_code: "DAMAGED",
                condition: "damaged",
                refund_amount: 120,
                restocking_fee: 0,
              }),
            ],
          })
        )

        const decisions = await service.listReturnDecisions({
          request_id: request.id,
        })
        expect(decisions).toEqual([
          expect.objectContaining({
            id: expect.stringMatching(/^rdec_/),
            outcome: "review",
            decided_by_type: "policy",
            decided_by: null,
            policy_id: "rpol_test",
            policy_version: 1,
            rules: POLICY_DECISION.rules,
            reasons: ["DAMAGED needs a review"],
            time_to_decision_ms: 0,
          }),
        ])
      })

      it("takes the status from the policy's outcome", async () => {
        const auto = await service.createReturnRequestWithDecision(
          requestInput({
            decision: { outcome: "auto_approve", decided_by_type: "policy" },
          })
        )
        expect(auto.status).toEqual("approved")
        expect(auto.decided_at).toBeInstanceOf(Date)

        const rejected = await service.createReturnRequestWithDecision(
          requestInput({
            decision: { outcome: "reject", decided_by_type: "policy" },
          })
        )
        expect(rejected.status).toEqual("rejected")

        await expect(
          service.createReturnRequestWithDecision(
            requestInput({
              status: "approved",
              decision: { outcome: "review", decided_by_type: "policy" },
            })
          )
        ).rejects.toThrow(
          /outcome review cannot make a return request approved/
        )
        await expect(
          service.createReturnRequestWithDecision(requestInput({ items: [] }))
        ).rejects.toThrow(/at least one item/)
      })

      it("approves a pending request once", async () => {
        const request =
          await service.createReturnRequestWithDecision(requestInput())
        await setCreatedAt(request.id, new Date(Date.now() - 60_000))

        const approved = await service.recordDecision(
          request.id,
          { ...approve(), note: "Photos look fine" },
          "approved"
        )
        expect(approved.status).toEqual("approved")
        expect(approved.decided_at).toBeInstanceOf(Date)
        expect(approved.items).toHaveLength(1)

        await expect(
          service.recordDecision(request.id, approve("user_2"), "approved")
        ).rejects.toThrow(
          "Return request RMA-2026-000001 is approved: it can become completed or canceled, not approved"
        )

        const decisions = await service.listReturnDecisions(
          { request_id: request.id },
          { order: { created_at: "ASC" } }
        )
        expect(decisions.map((d) => d.outcome)).toEqual(["review", "approved"])
        expect(decisions[1]).toEqual(
          expect.objectContaining({
            decided_by_type: "admin",
            decided_by: "user_1",
            note: "Photos look fine",
            policy_id: "rpol_test",
            policy_version: 1,
          })
        )
        expect(Number(decisions[1].time_to_decision_ms)).toBeGreaterThanOrEqual(
          60_000
        )
      })

      it("keeps the report's facts on the request: first decision, when first decided, items", async () => {
        const reviewed = await service.createReturnRequestWithDecision(
          requestInput({
            items: [
              { line_item_id: "li_1", quantity: 2, reason_code: "DAMAGED" },
              { line_item_id: "li_2", quantity: 3, reason_code: "TOO_SMALL" },
            ],
          })
        )
        expect(reviewed).toEqual(
          expect.objectContaining({
            first_outcome: "review",
            first_decided_by_type: "policy",
            first_decision_at: null,
            items_quantity: 5,
          })
        )
        // Items carry their request's creation time, which the report
        // selects a period's items by.
        expect(
          reviewed.items.map((i) => new Date(i.created_at).getTime())
        ).toEqual([
          new Date(reviewed.created_at).getTime(),
          new Date(reviewed.created_at).getTime(),
        ])

        const approved = await service.recordDecision(
          reviewed.id,
          approve(),
          "approved"
        )
        expect(approved.first_decision_at).toBeInstanceOf(Date)
        const decided = approved.first_decision_at as Date
        // Completing it later is not a first decision.
        await service.recordDecision(
          reviewed.id,
          { outcome: "completed", decided_by_type: "system" },
          "completed"
        )
        expect(
          (await service.retrieveReturnRequest(reviewed.id)).first_decision_at
        ).toEqual(decided)

        // A compensated approval takes its decision time back.
        const undone =
          await service.createReturnRequestWithDecision(requestInput())
        const again = await service.recordDecision(
          undone.id,
          approve(),
          "approved"
        )
        await service.undoDecision(
          undone.id,
          again.decisions[again.decisions.length - 1].id,
          { status: "pending_review", decided_at: null }
        )
        expect(await service.retrieveReturnRequest(undone.id)).toEqual(
          expect.objectContaining({
            status: "pending_review",
            first_decision_at: null,
          })
        )

        // A withdrawal is not a decision; the policy's auto-approval is one,
        // at once.
        const withdrawn =
          await service.createReturnRequestWithDecision(requestInput())
        await service.recordDecision(
          withdrawn.id,
          { outcome: "canceled", decided_by_type: "customer" },
          "canceled"
        )
        expect(
          (await service.retrieveReturnRequest(withdrawn.id)).first_decision_at
        ).toBeNull()
        const auto = await service.createReturnRequestWithDecision(
          requestInput({
            decision: { outcome: "auto_approve", decided_by_type: "policy" },
          })
        )
        expect(auto.first_outcome).toEqual("auto_approve")
        expect(auto.first_decision_at).toEqual(auto.created_at)
      })

      it("lets only one of two concurrent approvals through", async () => {
        const request =
          await service.createReturnRequestWithDecision(requestInput())
        const results = await Promise.allSettled([
          service.recordDecision(request.id, approve("user_1"), "approved"),
          service.recordDecision(request.id, approve("user_2"), "approved"),
        ])
        expect(results.map((r) => r.status).sort()).toEqual([
          "fulfilled",
          "rejected",
        ])
        const failure = results.find(
          (r): r is PromiseRejectedResult => r.status === "rejected"
        )
        expect(failure?.reason.message).toMatch(/is approved/)
        expect(
          await service.listReturnDecisions({
            request_id: request.id,
            outcome: "approved",
          })
        ).toHaveLength(1)
      })

      it("follows the allowed transitions only", async () => {
        const a = await service.createReturnRequestWithDecision(requestInput())
        await service.recordDecision(a.id, approve(), "approved")
        const completed = await service.recordDecision(
          a.id,
          { outcome: "completed", decided_by_type: "system" },
          "completed"
        )
        expect(completed.status).toEqual("completed")
        await expect(
          service.recordDecision(
            a.id,
            { outcome: "canceled", decided_by_type: "customer" },
            "canceled"
          )
        ).rejects.toThrow(/is completed: it cannot become canceled/)

        const b = await service.createReturnRequestWithDecision(requestInput())
        await service.recordDecision(
          b.id,
          { outcome: "rejected", decided_by_type: "admin", decided_by: "u" },
          "rejected"
        )
        await expect(
          service.recordDecision(b.id, approve(), "approved")
        ).rejects.toThrow(/is rejected: it cannot become approved/)

        const c = await service.createReturnRequestWithDecision(requestInput())
        await expect(
          service.recordDecision(
            c.id,
            { outcome: "completed", decided_by_type: "system" },
            "completed"
          )
        ).rejects.toThrow(
          /is pending_review: it can become approved, rejected or canceled, not completed/
        )
        await expect(
          service.recordDecision(c.id, approve(), "canceled")
        ).rejects.toThrow(
          /outcome approved cannot make a return request canceled/
        )
        const canceled = await service.recordDecision(
          c.id,
          { outcome: "canceled", decided_by_type: "customer", decided_by: "c" },
          "canceled"
        )
        expect(canceled.status).toEqual("canceled")

        await expect(
          service.recordDecision("rreq_nope", approve(), "approved")
        ).rejects.toThrow(/rreq_nope was not found/)
      })

      it("records the native return once", async () => {
        const request =
          await service.createReturnRequestWithDecision(requestInput())
        expect(await service.setNativeReturn(request.id, "return_1")).toBe(true)
        expect(await service.setNativeReturn(request.id, "return_2")).toBe(
          false
        )
        expect(
          (await service.retrieveReturnRequest(request.id)).return_id
        ).toEqual("return_1")

        await service.clearNativeReturn(request.id, "return_2")
        expect(
          (await service.retrieveReturnRequest(request.id)).return_id
        ).toEqual("return_1")
        await service.clearNativeReturn(request.id, "return_1")
        expect(
          (await service.retrieveReturnRequest(request.id)).return_id
        ).toBeNull()

        await expect(
          service.setNativeReturn("rreq_nope", "return_1")
        ).rejects.toThrow(/rreq_nope was not found/)
      })
    })

    describe("return history", () => {
      const decide = async (
        id: string,
        status: "approved" | "rejected" | "canceled"
      ) => {
        const outcome = status
        await service.recordDecision(
          id,
          { outcome, decided_by_type: "admin", decided_by: "user_1" },
          status
        )
      }

      it("counts what is already requested per line, except canceled and rejected", async () => {
        const item = (line_item_id: string, quantity: number) => ({
          line_item_id,
          quantity,
          reason_code: "DAMAGED",
        })
        await service.createReturnRequestWithDecision(
          requestInput({ items: [item("li_1", 1), item("li_2", 2)] })
        )
        const approved = await service.createReturnRequestWithDecision(
          requestInput({ items: [item("li_1", 1)] })
        )
        await decide(approved.id, "approved")
        const rejected = await service.createReturnRequestWithDecision(
          requestInput({ items: [item("li_1", 5)] })
        )
        await decide(rejected.id, "rejected")
        const canceled = await service.createReturnRequestWithDecision(
          requestInput({ items: [item("li_2", 7)] })
        )
        await decide(canceled.id, "canceled")
        await service.createReturnRequestWithDecision(
          requestInput({ order_id: "order_other", items: [item("li_1", 9)] })
        )

        expect(await service.returnedQuantities("order_1")).toEqual({
          li_1: 2,
          li_2: 2,
        })
        expect(await service.returnedQuantities("order_none")).toEqual({})
      })

      it("counts a customer's returns within the period, edges included", async () => {
        const now = new Date("2026-06-30T12:00:00.000Z")
        const periodStart = new Date(now.getTime() - 30 * DAY_MS)
        const make = async (
          createdAt: Date,
          quantity: number,
          customer = "cus_1"
        ) => {
          const request = await service.createReturnRequestWithDecision(
            requestInput({
              customer_id: customer,
              items: [{ line_item_id: "li_1", quantity, reason_code: "X" }],
            })
          )
          await setCreatedAt(request.id, createdAt)
          return request
        }

        await make(periodStart, 1) // on the first instant: in
        await make(now, 2) // on the last instant: in
        await make(new Date(periodStart.getTime() - 1), 4) // just before: out
        await make(new Date(now.getTime() + 1), 8) // after now: out
        const rejected = await make(new Date(now.getTime() - DAY_MS), 16)
        await decide(rejected.id, "rejected")
        await make(new Date(now.getTime() - DAY_MS), 32, "cus_2")

        expect(await service.customerReturnHistory("cus_1", 30, now)).toEqual({
          returns_in_period: 2,
          items_returned: 3,
        })
        expect(await service.customerReturnHistory("cus_3", 30, now)).toEqual({
          returns_in_period: 0,
          items_returned: 0,
        })
      })
    })
  },
})
