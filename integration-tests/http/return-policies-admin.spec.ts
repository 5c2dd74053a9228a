import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import {
  deleteReturnPolicyWorkflow,
  updateReturnPolicyWorkflow,
} from "../../src/workflows/return-policy"
import { createAdminHeaders } from "../helpers/auth"

jest.setTimeout(120 * 1000)

// Set by a test to make the workflow fail after its steps ran.
let failHooks = false
const failOnPurpose = () => {
  if (failHooks) {
    throw new Error("hook failed on purpose")
  }
}
updateReturnPolicyWorkflow.hooks.returnPolicyUpdated(failOnPurpose)
deleteReturnPolicyWorkflow.hooks.returnPolicyDeleted(failOnPurpose)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, any>

    beforeEach(async () => {
      failHooks = false
      ;({ headers } = await createAdminHeaders(getContainer(), api))
    })

    const createTier = async (name = "Gold", rank = 2) =>
      (await api.post("/admin/loyalty/tiers", { name, rank }, headers)).data
        .tier

    const createPolicy = async (body: Record<string, unknown> = {}) =>
      (
        await api.post(
          "/admin/return-policies",
          { name: "Standard", return_window_days: 30, ...body },
          headers
        )
      ).data.return_policy

    const countPolicies = async () =>
      (
        await getContainer()
          .resolve(RETURN_POLICY_MODULE)
          .listReturnPolicies({}, { withDeleted: true })
      ).length

    const failing = (promise: Promise<any>) =>
      promise.catch((e: any) => e.response ?? Promise.reject(e))

    describe("POST /admin/return-policies", () => {
      it("creates a default policy and a per-tier policy", async () => {
        const tier = await createTier()
        const standard = await createPolicy({
          restocking_fee_percent: 5,
          excluded_product_tags: ["final-sale"],
        })
        expect(standard).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^rpol_/),
            name: "Standard",
            tier_id: null,
            return_window_days: 30,
            restocking_fee_percent: 5,
            excluded_product_tags: ["final-sale"],
            active: true,
            version: 1,
            policy_group_id: standard.id,
          })
        )

        const gold = await createPolicy({
          name: "Gold returns",
          tier_id: tier.id,
          return_window_days: 60,
          free_return_shipping: true,
          auto_approve_max_amount: 250,
        })
        expect(gold).toEqual(
          expect.objectContaining({
            tier_id: tier.id,
            return_window_days: 60,
            free_return_shipping: true,
            auto_approve_max_amount: 250,
            version: 1,
          })
        )
      })

      it("refuses a second active default policy", async () => {
        const standard = await createPolicy()
        const res = await failing(
          api.post(
            "/admin/return-policies",
            { name: "Another", return_window_days: 14 },
            headers
          )
        )
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain("a default policy already exists")
        expect(res.data.message).toContain(standard.id)
        expect(await countPolicies()).toEqual(1)

        // An inactive one may exist beside it.
        const spare = await createPolicy({ name: "Spare", active: false })
        expect(spare.active).toEqual(false)
      })

      it("refuses a second active policy for the same tier", async () => {
        const tier = await createTier()
        const gold = await createPolicy({ name: "Gold", tier_id: tier.id })
        const res = await failing(
          api.post(
            "/admin/return-policies",
            { name: "Gold 2", tier_id: tier.id, return_window_days: 10 },
            headers
          )
        )
        expect(res.status).toEqual(400)
        expect(res.data.message).toEqual(
          `tier_id: tier ${tier.id} already has an active policy (${gold.id})`
        )
      })

      it.each([
        [{ restocking_fee_percent: 120 }, "restocking_fee_percent"],
        [{ store_credit_bonus_percent: -1 }, "store_credit_bonus_percent"],
        [{ return_window_days: -1 }, "return_window_days"],
        [{ return_window_days: 1.5 }, "return_window_days"],
        [{ period_days: 0 }, "period_days"],
        [{ return_rate_ceiling: 1.5 }, "return_rate_ceiling"],
        [{ excluded_product_tags: "final-sale" }, "excluded_product_tags"],
        [{ colour: "red" }, "colour"],
        [{ tier_id: "ltier_nope" }, "tier_id"],
        [{ name: undefined }, "name"],
      ])("refuses %j with a 400 naming %s", async (body, field) => {
        const res = await failing(
          api.post(
            "/admin/return-policies",
            { name: "Bad", return_window_days: 30, ...body },
            headers
          )
        )
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain(field)
        expect(await countPolicies()).toEqual(0)
      })
    })

    describe("POST /admin/return-policies/:id", () => {
      it("writes a new version for new terms and keeps the old one", async () => {
        const v1 = await createPolicy()
        const res = await api.post(
          `/admin/return-policies/${v1.id}`,
          { return_window_days: 45, restocking_fee_percent: 10 },
          headers
        )
        expect(res.status).toEqual(200)
        const v2 = res.data.return_policy
        expect(v2).toEqual(
          expect.objectContaining({
            name: "Standard",
            return_window_days: 45,
            restocking_fee_percent: 10,
            version: 2,
            active: true,
            policy_group_id: v1.id,
          })
        )
        expect(v2.id).not.toEqual(v1.id)

        const versions = (
          await api.get(`/admin/return-policies/${v2.id}/versions`, headers)
        ).data
        expect(versions.count).toEqual(2)
        expect(versions.return_policies).toEqual([
          expect.objectContaining({
            id: v2.id,
            version: 2,
            active: true,
            return_window_days: 45,
          }),
          expect.objectContaining({
            id: v1.id,
            version: 1,
            active: false,
            return_window_days: 30,
          }),
        ])

        const list = (await api.get("/admin/return-policies", headers)).data
        expect(list.count).toEqual(1)
        expect(list.return_policies.map((p) => p.id)).toEqual([v2.id])

        // Editing through the old version's id builds on the latest.
        const v3 = (
          await api.post(
            `/admin/return-policies/${v1.id}`,
            { name: "Standard v3" },
            headers
          )
        ).data.return_policy
        expect(v3).toEqual(
          expect.objectContaining({
            version: 3,
            name: "Standard v3",
            return_window_days: 45,
          })
        )
      })

      it("toggles active in place without a new version", async () => {
        const policy = await createPolicy()
        const off = (
          await api.post(
            `/admin/return-policies/${policy.id}`,
            { active: false },
            headers
          )
        ).data.return_policy
        expect(off).toEqual(
          expect.objectContaining({ id: policy.id, version: 1, active: false })
        )
        const list = (await api.get("/admin/return-policies", headers)).data
        expect(list.count).toEqual(0)
        const inactive = (
          await api.get("/admin/return-policies?active=false", headers)
        ).data
        expect(inactive.return_policies.map((p) => p.id)).toEqual([policy.id])

        // Another default may take its place; the first cannot come back.
        await createPolicy({ name: "New default" })
        const res = await failing(
          api.post(
            `/admin/return-policies/${policy.id}`,
            { active: true },
            headers
          )
        )
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain("a default policy already exists")
      })

      it("refuses bad terms without writing a version", async () => {
        const policy = await createPolicy()
        const res = await failing(
          api.post(
            `/admin/return-policies/${policy.id}`,
            { restocking_fee_percent: 120 },
            headers
          )
        )
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain("restocking_fee_percent")

        const unknownTier = await failing(
          api.post(
            `/admin/return-policies/${policy.id}`,
            { tier_id: "ltier_nope" },
            headers
          )
        )
        expect(unknownTier.status).toEqual(400)
        expect(unknownTier.data.message).toContain("tier_id")
        expect(await countPolicies()).toEqual(1)
      })
    })

    describe("rollback", () => {
      it("undoes a new version and an activation when the workflow fails", async () => {
        const policy = await createPolicy({ active: false })
        failHooks = true
        const res = await failing(
          api.post(
            `/admin/return-policies/${policy.id}`,
            { return_window_days: 90, active: true },
            headers
          )
        )
        expect(res.status).toEqual(500)
        failHooks = false

        const versions = (
          await api.get(`/admin/return-policies/${policy.id}/versions`, headers)
        ).data.return_policies
        expect(versions).toEqual([
          expect.objectContaining({
            id: policy.id,
            version: 1,
            active: false,
            return_window_days: 30,
          }),
        ])
      })

      it("restores a deleted policy when the workflow fails", async () => {
        const v1 = await createPolicy()
        const v2 = (
          await api.post(
            `/admin/return-policies/${v1.id}`,
            { return_window_days: 10 },
            headers
          )
        ).data.return_policy
        failHooks = true
        const res = await failing(
          api.delete(`/admin/return-policies/${v1.id}`, headers)
        )
        expect(res.status).toEqual(500)
        failHooks = false

        const versions = (
          await api.get(`/admin/return-policies/${v1.id}/versions`, headers)
        ).data.return_policies
        expect(versions.map((v) => [v.id, v.active])).toEqual([
          [v2.id, true],
          [v1.id, false],
        ])
      })
    })

    describe("GET /admin/return-policies", () => {
      it("filters by tier_id and searches by name", async () => {
        const tier = await createTier()
        await createPolicy()
        const gold = await createPolicy({ name: "Gold", tier_id: tier.id })

        const byTier = (
          await api.get(`/admin/return-policies?tier_id=${tier.id}`, headers)
        ).data
        expect(byTier.return_policies.map((p) => p.id)).toEqual([gold.id])

        const byName = (await api.get("/admin/return-policies?q=gol", headers))
          .data
        expect(byName.return_policies.map((p) => p.id)).toEqual([gold.id])
      })
    })

    describe("DELETE /admin/return-policies/:id", () => {
      it("deletes every version and frees the slot", async () => {
        const v1 = await createPolicy()
        const v2 = (
          await api.post(
            `/admin/return-policies/${v1.id}`,
            { return_window_days: 10 },
            headers
          )
        ).data.return_policy

        const res = await api.delete(`/admin/return-policies/${v2.id}`, headers)
        expect(res.data).toEqual({
          id: v2.id,
          object: "return_policy",
          deleted: true,
        })
        for (const id of [v1.id, v2.id]) {
          const gone = await failing(
            api.get(`/admin/return-policies/${id}`, headers)
          )
          expect(gone.status).toEqual(404)
        }
        // The default slot is free again.
        await createPolicy({ name: "Replacement" })
      })
    })

    describe("return reason codes", () => {
      it("creates, lists, updates and deletes a reason code", async () => {
        const created = await api.post(
          "/admin/return-reason-codes",
          {
            code: "wrong_size",
            label: "Wrong size",
            restocking_fee_percent_override: 5,
          },
          headers
        )
        expect(created.status).toEqual(200)
        const reason = created.data.reason_code
        expect(reason).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^rrc_/),
            code: "WRONG_SIZE",
            label: "Wrong size",
            requires_review: false,
            requires_evidence: false,
            restocking_fee_percent_override: 5,
            active: true,
          })
        )

        const list = (await api.get("/admin/return-reason-codes", headers)).data
        expect(list).toEqual(
          expect.objectContaining({ count: 1, offset: 0, limit: 50 })
        )

        const updated = (
          await api.post(
            `/admin/return-reason-codes/${reason.id}`,
            { requires_review: true, active: false },
            headers
          )
        ).data.reason_code
        expect(updated).toEqual(
          expect.objectContaining({ requires_review: true, active: false })
        )

        const deleted = await api.delete(
          `/admin/return-reason-codes/${reason.id}`,
          headers
        )
        expect(deleted.data).toEqual({
          id: reason.id,
          object: "return_reason_code",
          deleted: true,
        })
        const gone = await failing(
          api.get(`/admin/return-reason-codes/${reason.id}`, headers)
        )
        expect(gone.status).toEqual(404)

        // A deleted code can be used again.
        const again = await api.post(
          "/admin/return-reason-codes",
          { code: "WRONG_SIZE", label: "Wrong size" },
          headers
        )
        expect(again.status).toEqual(200)
      })

      it("refuses a duplicate code", async () => {
        const first = (
          await api.post(
            "/admin/return-reason-codes",
            { code: "DAMAGED", label: "Arrived damaged" },
            headers
          )
        ).data.reason_code
        const res = await failing(
          api.post(
            "/admin/return-reason-codes",
            { code: "damaged", label: "Damaged again" },
            headers
          )
        )
        expect(res.status).toEqual(400)
        expect(res.data.message).toEqual(
          `code: reason code DAMAGED already exists (${first.id})`
        )
      })

      it.each([
        [{ code: "1BAD", label: "Bad" }, "code"],
        [{ code: "HAS SPACE", label: "Bad" }, "code"],
        [{ code: "OK" }, "label"],
        [
          { code: "OK", label: "Ok", restocking_fee_percent_override: 101 },
          "restocking_fee_percent_override",
        ],
        [{ code: "OK", label: "Ok", colour: "red" }, "colour"],
      ])("refuses %j with a 400 naming %s", async (body, field) => {
        const res = await failing(
          api.post("/admin/return-reason-codes", body, headers)
        )
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain(field)
        const list = (await api.get("/admin/return-reason-codes", headers)).data
        expect(list.count).toEqual(0)
      })
    })

    describe("access", () => {
      it.each(["/admin/return-policies", "/admin/return-reason-codes"])(
        "GET %s needs an admin token",
        async (path) => {
          const res = await failing(api.get(path))
          expect(res.status).toEqual(401)
        }
      )

      it.each([
        "/admin/return-policies/rpol_nope",
        "/admin/return-policies/rpol_nope/versions",
        "/admin/return-reason-codes/rrc_nope",
      ])("GET %s is a 404", async (path) => {
        const res = await failing(api.get(path, headers))
        expect(res.status).toEqual(404)
      })

      it("POST and DELETE on unknown ids are 404s", async () => {
        const update = await failing(
          api.post("/admin/return-policies/rpol_nope", { name: "x" }, headers)
        )
        expect(update.status).toEqual(404)
        const remove = await failing(
          api.delete("/admin/return-reason-codes/rrc_nope", headers)
        )
        expect(remove.status).toEqual(404)
      })
    })
  },
})
