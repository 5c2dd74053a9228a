import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import {
  computeDisputePriority,
  disputeSettings,
  RETURN_DISPUTE_MODULE,
} from "../../src/modules/return-dispute"
import ReturnDisputeModuleService from "../../src/modules/return-dispute/service"
import type { OpenDisputeInput } from "../../src/modules/return-dispute/types"

jest.setTimeout(60 * 1000)

const HOUR_MS = 3_600_000

const openInput = (
  overrides: Partial<OpenDisputeInput> = {}
): OpenDisputeInput => ({
  order_id: "order_1",
  return_request_id: "rreq_1",
  customer_id: "cus_1",
  currency_code: "eur",
  reason_category: "rejected_return",
  claim: "The jacket was unworn",
  priority: "normal",
  opened_by_type: "customer",
  opened_by: "cus_1",
  ...overrides,
})

moduleIntegrationTestRunner<ReturnDisputeModuleService>({
  moduleName: RETURN_DISPUTE_MODULE,
  resolve: "./src/modules/return-dispute",
  // The shipped migration: the partial unique indexes and the counter are
  // tested as merchants get them.
  pathToMigrations: "./src/modules/return-dispute/migrations",
  moduleOptions: { disputes: { sla_hours: { urgent: 2 } } },
  testSuite: ({ service }) => {
    describe("numbers", () => {
      it("numbers 30 concurrent opens DSP-000001 to DSP-000030 with no gap", async () => {
        const disputes = await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            service.openDispute(
              openInput({
                order_id: `order_${i}`,
                return_request_id: `rreq_${i}`,
              })
            )
          )
        )
        const numbers = disputes.map((d) => d.number).sort()
        expect(numbers).toEqual(
          Array.from(
            { length: 30 },
            (_, i) => `DSP-${String(i + 1).padStart(6, "0")}`
          )
        )
      })

      it("gives the number back when an open is refused, concurrent or not", async () => {
        const results = await Promise.allSettled(
          Array.from({ length: 5 }, () => service.openDispute(openInput()))
        )
        const opened = results.filter((r) => r.status === "fulfilled")
        const refused = results.filter((r) => r.status === "rejected")
        expect(opened).toHaveLength(1)
        expect(refused).toHaveLength(4)
        for (const r of refused) {
          expect((r as PromiseRejectedResult).reason.message).toMatch(
            /return_request_id: return request rreq_1 already has an open dispute/
          )
        }
        const next = await service.openDispute(
          openInput({ return_request_id: "rreq_2" })
        )
        expect(next.number).toEqual("DSP-000002")
        expect(await service.listDisputes({})).toHaveLength(2)
      })

      it("allows a new dispute on a request once the previous one is closed", async () => {
        const first = await service.openDispute(openInput())
        await service.claimResolution(first.id, {
          kind: "rejected",
          resolved_by: "user_1",
          policy_template_id: "dsptpl_1",
        })
        const second = await service.openDispute(openInput())
        expect(second.number).toEqual("DSP-000002")
      })
    })

    describe("rules under the lock", () => {
      it("sets the SLA due date from the priority (configurable)", async () => {
        const now = new Date("2026-03-01T10:00:00.000Z")
        const urgent = await service.openDispute(
          openInput({ priority: "urgent", now })
        )
        const low = await service.openDispute(
          openInput({ priority: "low", return_request_id: "rreq_2", now })
        )
        expect(new Date(urgent.sla_due_at).getTime()).toEqual(
          now.getTime() + 2 * HOUR_MS
        )
        expect(new Date(low.sla_due_at).getTime()).toEqual(
          now.getTime() + 72 * HOUR_MS
        )
      })

      it("lets only one of two concurrent resolutions through", async () => {
        const dispute = await service.openDispute(openInput())
        const results = await Promise.allSettled([
          service.claimResolution(dispute.id, {
            kind: "full_refund",
            amount: 10,
            resolved_by: "user_1",
          }),
          service.claimResolution(dispute.id, {
            kind: "partial_refund",
            amount: 5,
            resolved_by: "user_2",
          }),
        ])
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        const refused = results.find(
          (r) => r.status === "rejected"
        ) as PromiseRejectedResult
        expect(refused.reason.message).toMatch(/is already resolved/)
      })

      it("sets first_response_at on the first public staff message only", async () => {
        const dispute = await service.openDispute(openInput())
        await service.addMessage(dispute.id, {
          author_type: "staff",
          author_id: "user_1",
          body: "internal",
          internal: true,
        })
        let [row] = await service.listDisputes({ id: dispute.id })
        expect(row.first_response_at).toBeNull()
        await service.addMessage(dispute.id, {
          author_type: "staff",
          author_id: "user_1",
          body: "Hello",
        })
        ;[row] = await service.listDisputes({ id: dispute.id })
        expect(row.first_response_at).not.toBeNull()
      })

      it("refuses a message on a closed dispute", async () => {
        const dispute = await service.openDispute(openInput())
        await service.claimResolution(dispute.id, {
          kind: "reversal",
          resolved_by: "user_1",
        })
        await expect(
          service.addMessage(dispute.id, {
            author_type: "customer",
            author_id: "cus_1",
            body: "But…",
          })
        ).rejects.toThrow(/DSP-000001 is resolved: it takes no more messages/)
      })
    })

    describe("priority", () => {
      const settings = disputeSettings({})
      const now = new Date("2026-03-10T00:00:00.000Z")
      it("weighs order value, tier and age", () => {
        const base = {
          order_total: 100,
          tier_rank: null,
          top_tier_rank: 3,
          since: now,
          now,
        }
        expect(computeDisputePriority(base, settings)).toEqual("normal")
        expect(
          computeDisputePriority({ ...base, order_total: 10 }, settings)
        ).toEqual("low")
        expect(
          computeDisputePriority({ ...base, order_total: 500 }, settings)
        ).toEqual("high")
        expect(
          computeDisputePriority({ ...base, tier_rank: 3 }, settings)
        ).toEqual("urgent")
        expect(
          computeDisputePriority(
            {
              ...base,
              tier_rank: 1,
              since: new Date("2026-02-01T00:00:00.000Z"),
            },
            settings
          )
        ).toEqual("urgent")
      })
    })
  },
})
