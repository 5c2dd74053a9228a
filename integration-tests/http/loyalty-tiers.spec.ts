import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import { createAdminHeaders } from "../helpers/auth"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, any>

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer(), api))
    })

    const gold = {
      name: "Gold",
      rank: 2,
      min_lifetime_spend: 1000,
      min_orders: 5,
      benefits: { return_window_days: 60, free_return_shipping: true },
    }

    const countTiers = async () =>
      (await getContainer().resolve(LOYALTY_PROGRAM_MODULE).listLoyaltyTiers())
        .length

    describe("POST /admin/loyalty/tiers", () => {
      it("creates a tier", async () => {
        const res = await api.post("/admin/loyalty/tiers", gold, headers)

        expect(res.status).toEqual(200)
        expect(res.data.tier).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^ltier_/),
            name: "Gold",
            rank: 2,
            min_lifetime_spend: 1000,
            min_orders: 5,
            min_points: null,
            benefits: { return_window_days: 60, free_return_shipping: true },
            points_multiplier: 1,
            period_days: null,
          })
        )
      })

      it("takes a points multiplier and a qualifying period", async () => {
        const res = await api.post(
          "/admin/loyalty/tiers",
          { ...gold, points_multiplier: 1.5, period_days: 365 },
          headers
        )
        expect(res.data.tier).toEqual(
          expect.objectContaining({ points_multiplier: 1.5, period_days: 365 })
        )
      })

      it.each([
        ["a missing name", { rank: 1 }, /name/],
        ["a negative threshold", { ...gold, min_orders: -1 }, /min_orders/],
        ["an unknown field", { ...gold, colour: "gold" }, /colour/],
        ["a fractional rank", { ...gold, rank: 1.5 }, /rank/],
        [
          "a zero multiplier",
          { ...gold, points_multiplier: 0 },
          /points_multiplier/,
        ],
        ["a fractional period", { ...gold, period_days: 1.5 }, /period_days/],
        // Past a Postgres integer: a 400, not the database's 500.
        ["a rank past 32 bits", { ...gold, rank: 2147483648 }, /rank/],
        [
          "min_points past 32 bits",
          { ...gold, min_points: 2147483648 },
          /min_points/,
        ],
        [
          "a lifetime spend past the money bound",
          { ...gold, min_lifetime_spend: 1e15 },
          /min_lifetime_spend/,
        ],
        ["a 100 KB name", { ...gold, name: "x".repeat(100_000) }, /name/],
        ["a NUL byte in the name", { ...gold, name: "Go\u0000ld" }, /name/],
      ])("answers 400 for %s and writes nothing", async (_, body, message) => {
        const err = await api
          .post("/admin/loyalty/tiers", body, headers)
          .catch((e: any) => e.response ?? Promise.reject(e))

        expect(err.status).toEqual(400)
        expect(err.data.message).toMatch(message)
        expect(await countTiers()).toEqual(0)
      })

      it("answers 400 naming rank for a duplicate rank", async () => {
        await api.post("/admin/loyalty/tiers", gold, headers)
        const err = await api
          .post("/admin/loyalty/tiers", { ...gold, name: "Other" }, headers)
          .catch((e: any) => e.response ?? Promise.reject(e))

        expect(err.status).toEqual(400)
        expect(err.data.message).toMatch(/^rank: /)
        expect(await countTiers()).toEqual(1)
      })

      it("answers 401 without a token", async () => {
        const err = await api
          .post("/admin/loyalty/tiers", gold)
          .catch((e: any) => e.response ?? Promise.reject(e))
        expect(err.status).toEqual(401)
        expect(await countTiers()).toEqual(0)
      })
    })

    describe("GET /admin/loyalty/tiers", () => {
      it("lists tiers by rank with a count", async () => {
        await api.post("/admin/loyalty/tiers", gold, headers)
        await api.post(
          "/admin/loyalty/tiers",
          { name: "Silver", rank: 1, min_lifetime_spend: 250 },
          headers
        )

        const res = await api.get("/admin/loyalty/tiers", headers)

        expect(res.status).toEqual(200)
        expect(res.data).toEqual(
          expect.objectContaining({ count: 2, offset: 0, limit: 50 })
        )
        expect(res.data.tiers.map((t: any) => t.name)).toEqual([
          "Silver",
          "Gold",
        ])
      })

      it("sorts by an allowed order field", async () => {
        await api.post("/admin/loyalty/tiers", gold, headers)
        await api.post(
          "/admin/loyalty/tiers",
          { name: "Silver", rank: 1 },
          headers
        )

        const res = await api.get("/admin/loyalty/tiers?order=-rank", headers)

        expect(res.data.tiers.map((t: any) => t.name)).toEqual([
          "Gold",
          "Silver",
        ])
      })

      it.each([
        ["limit=-1", /limit/],
        ["limit=1001", /limit/],
        ["limit=2.5", /limit/],
        ["offset=-1", /offset/],
        ["order=colour", /order/],
        ["order=-colour", /order/],
      ])("answers 400 naming the parameter for ?%s", async (params, name) => {
        const err = await api
          .get(`/admin/loyalty/tiers?${params}`, headers)
          .catch((e: any) => e.response ?? Promise.reject(e))
        expect(err.status).toEqual(400)
        expect(err.data.message).toMatch(name)
      })

      it("answers 401 without a token", async () => {
        const err = await api
          .get("/admin/loyalty/tiers")
          .catch((e: any) => e.response ?? Promise.reject(e))
        expect(err.status).toEqual(401)
      })
    })

    describe("GET/POST/DELETE /admin/loyalty/tiers/:id", () => {
      it("retrieves, updates and deletes a tier", async () => {
        const {
          data: { tier },
        } = await api.post("/admin/loyalty/tiers", gold, headers)

        const got = await api.get(`/admin/loyalty/tiers/${tier.id}`, headers)
        expect(got.data.tier.name).toEqual("Gold")

        const updated = await api.post(
          `/admin/loyalty/tiers/${tier.id}`,
          { name: "Gold+", min_points: 500 },
          headers
        )
        expect(updated.data.tier).toEqual(
          expect.objectContaining({ name: "Gold+", rank: 2, min_points: 500 })
        )

        const deleted = await api.delete(
          `/admin/loyalty/tiers/${tier.id}`,
          headers
        )
        expect(deleted.data).toEqual({
          id: tier.id,
          object: "loyalty_tier",
          deleted: true,
        })

        const err = await api
          .get(`/admin/loyalty/tiers/${tier.id}`, headers)
          .catch((e: any) => e.response ?? Promise.reject(e))
        expect(err.status).toEqual(404)
      })

      it("lets an update keep its own rank but not take another's", async () => {
        const {
          data: { tier },
        } = await api.post("/admin/loyalty/tiers", gold, headers)
        await api.post(
          "/admin/loyalty/tiers",
          { name: "Silver", rank: 1 },
          headers
        )

        const same = await api.post(
          `/admin/loyalty/tiers/${tier.id}`,
          { rank: 2 },
          headers
        )
        expect(same.status).toEqual(200)

        const err = await api
          .post(`/admin/loyalty/tiers/${tier.id}`, { rank: 1 }, headers)
          .catch((e: any) => e.response ?? Promise.reject(e))
        expect(err.status).toEqual(400)
        expect(err.data.message).toMatch(/rank/)
      })

      it("answers 400 for a NUL byte in the id, for every method", async () => {
        const {
          data: { tier },
        } = await api.post("/admin/loyalty/tiers", gold, headers)
        const url = `/admin/loyalty/tiers/${tier.id}%00`
        for (const send of [
          () => api.get(url, headers),
          () => api.post(url, { name: "Gold+" }, headers),
          () => api.delete(url, headers),
        ]) {
          const err = await send().catch(
            (e: any) => e.response ?? Promise.reject(e)
          )
          expect(err.status).toEqual(400)
          expect(err.data.message).toMatch(/NUL/)
        }
        const got = await api.get(`/admin/loyalty/tiers/${tier.id}`, headers)
        expect(got.data.tier.name).toEqual("Gold")
      })

      it("answers 404 for an unknown tier", async () => {
        const err = await api
          .post("/admin/loyalty/tiers/ltier_nope", { name: "X" }, headers)
          .catch((e: any) => e.response ?? Promise.reject(e))
        expect(err.status).toEqual(404)
      })
    })
  },
})
