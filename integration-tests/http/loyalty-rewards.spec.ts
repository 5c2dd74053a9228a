import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder, StoreBasics } from "../fixtures"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import { redeemRewardWorkflow } from "../../src/workflows/loyalty"
import { createCustomerHeaders } from "../helpers/auth"
import { seedOncePerFile, seedShop } from "../helpers/shop"

jest.setTimeout(180 * 1000)

// Set by a test to make the redemption fail after the promotion exists.
let failAfterPromotion = false
redeemRewardWorkflow.hooks.rewardRedeemed(() => {
  if (failAfterPromotion) {
    throw new Error("hook failed on purpose")
  }
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    const { api, getContainer } = options
    let basics: StoreBasics
    let customer: { id: string; email: string }
    let headers: Record<string, any>
    let admin: Record<string, any>

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ basics, customer, headers, admin } = await seedShop(container, api))
    })

    const createReward = async (body: Record<string, unknown>) =>
      (
        await api.post(
          "/admin/loyalty/rewards",
          { name: "€10 off", points_cost: 100, ...body },
          admin
        )
      ).data.reward

    const credit = async (points: number, customerId = customer.id) =>
      api.post(
        `/admin/loyalty/accounts/${customerId}/adjust`,
        { points, reason: "Test credit" },
        admin
      )

    const standing = async (h = headers) =>
      (await api.get("/store/customers/me/loyalty", h)).data.loyalty

    const redeem = (reward_id: string, h = headers) =>
      api
        .post("/store/customers/me/loyalty/redemptions", { reward_id }, h)
        .catch((e) => e.response)

    const cartWithItem = async (h: Record<string, any>) => {
      const { cart } = (
        await api.post(
          "/store/carts",
          { region_id: basics.region.id },
          {
            headers: {
              ...h.headers,
              "x-publishable-api-key": basics.publishableKey.token,
            },
          }
        )
      ).data
      const storeHeaders = {
        headers: {
          ...h.headers,
          "x-publishable-api-key": basics.publishableKey.token,
        },
      }
      await api.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: basics.variants[3].id, quantity: 1 },
        storeHeaders
      )
      return { cartId: cart.id, storeHeaders }
    }

    describe("admin rewards CRUD", () => {
      it("creates, lists, updates and deletes a reward", async () => {
        const reward = await createReward({
          kind: "amount_off",
          value: 10,
          currency_code: "EUR",
          stock: 3,
        })
        expect(reward).toEqual(
          expect.objectContaining({
            name: "€10 off",
            kind: "amount_off",
            value: 10,
            currency_code: "eur",
            stock: 3,
            active: true,
            valid_days: 90,
          })
        )

        const list = (await api.get("/admin/loyalty/rewards", admin)).data
        expect(list.count).toEqual(1)

        const updated = (
          await api.post(
            `/admin/loyalty/rewards/${reward.id}`,
            { active: false },
            admin
          )
        ).data.reward
        expect(updated.active).toEqual(false)

        await api.delete(`/admin/loyalty/rewards/${reward.id}`, admin)
        const gone = await api
          .get(`/admin/loyalty/rewards/${reward.id}`, admin)
          .catch((e) => e.response)
        expect(gone.status).toEqual(404)
      })

      it.each([
        [{ kind: "amount_off", value: 10 }, "currency_code"],
        [{ kind: "percent_off", value: 120 }, "value"],
        [{ kind: "free_shipping", value: 5 }, "value"],
        [
          {
            kind: "amount_off",
            value: 10,
            currency_code: "eur",
            points_cost: 0,
          },
          "points_cost",
        ],
        [{ kind: "percent_off", value: 10, points_cost: 1.5 }, "points_cost"],
        [{ kind: "percent_off", value: 10, stock: -1 }, "stock"],
        [{ kind: "gift", value: 10 }, "kind"],
        [{ kind: "percent_off", value: 10, colour: "red" }, "colour"],
      ])("refuses %j with a 400 naming %s", async (body, field) => {
        const res = await api
          .post(
            "/admin/loyalty/rewards",
            { name: "Bad", points_cost: 100, ...body },
            admin
          )
          .catch((e) => e.response)
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain(field)
        const list = (await api.get("/admin/loyalty/rewards", admin)).data
        expect(list.count).toEqual(0)
      })

      it("refuses an update that makes the reward incoherent", async () => {
        const reward = await createReward({ kind: "percent_off", value: 10 })
        const res = await api
          .post(
            `/admin/loyalty/rewards/${reward.id}`,
            { kind: "amount_off" },
            admin
          )
          .catch((e) => e.response)
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain("currency_code")
        const after = (
          await api.get(`/admin/loyalty/rewards/${reward.id}`, admin)
        ).data.reward
        expect(after.kind).toEqual("percent_off")
      })
    })

    describe("GET /store/loyalty/rewards", () => {
      const storeOnly = () => ({
        headers: { "x-publishable-api-key": basics.publishableKey.token },
      })
      let rewards: Record<string, { id: string }>

      beforeEach(async () => {
        rewards = {
          cheap: await createReward({
            name: "5% off",
            kind: "percent_off",
            value: 5,
            points_cost: 50,
          }),
          dear: await createReward({
            name: "20% off",
            kind: "percent_off",
            value: 20,
            points_cost: 400,
            stock: 3,
          }),
          gold: await createReward({
            name: "Free shipping",
            kind: "free_shipping",
            points_cost: 60,
            min_tier_rank: 2,
          }),
          soldOut: await createReward({
            name: "Sold out",
            kind: "percent_off",
            value: 10,
            points_cost: 10,
            stock: 0,
          }),
          off: await createReward({
            name: "Off",
            kind: "percent_off",
            value: 10,
            points_cost: 10,
            active: false,
          }),
        }
      })

      const list = async (path: string, h: Record<string, any>) =>
        (await api.get(path, h)).data

      it("lists active rewards in stock, with a count that agrees, for any field selection", async () => {
        const all = await list("/store/loyalty/rewards", storeOnly())
        expect(all.count).toEqual(3)
        expect(all.rewards.map((r: { id: string }) => r.id)).toEqual([
          rewards.cheap.id,
          rewards.gold.id,
          rewards.dear.id,
        ])

        // Only ids: still the three rewards in stock, nothing else.
        const ids = await list("/store/loyalty/rewards?fields=id", storeOnly())
        expect(ids).toEqual({
          rewards: [
            { id: rewards.cheap.id },
            { id: rewards.gold.id },
            { id: rewards.dear.id },
          ],
          count: 3,
          offset: 0,
          limit: 50,
        })

        // Paging counts what is listed, not the sold-out or inactive ones.
        const second = await list(
          "/store/loyalty/rewards?limit=2&offset=2",
          storeOnly()
        )
        expect(second.count).toEqual(3)
        expect(second.rewards.map((r: { id: string }) => r.id)).toEqual([
          rewards.dear.id,
        ])
      })

      it("tells a signed-in customer per reward whether they can redeem it and why not", async () => {
        await credit(100)
        const { rewards: listed } = await list(
          "/store/loyalty/rewards",
          headers
        )
        const byId = new Map(
          listed.map((r: { id: string }) => [r.id, r] as const)
        )
        expect(byId.get(rewards.cheap.id)).toEqual(
          expect.objectContaining({
            name: "5% off",
            can_redeem: true,
            unavailable_reason: null,
          })
        )
        expect(byId.get(rewards.dear.id)).toEqual(
          expect.objectContaining({
            can_redeem: false,
            unavailable_reason: "insufficient_points",
          })
        )
        expect(byId.get(rewards.gold.id)).toEqual(
          expect.objectContaining({
            can_redeem: false,
            unavailable_reason: "tier",
          })
        )

        // The verdict does not depend on the fields asked for.
        const ids = await list("/store/loyalty/rewards?fields=id", headers)
        expect(ids.count).toEqual(3)
        expect(ids.rewards).toEqual([
          { id: rewards.cheap.id, can_redeem: true, unavailable_reason: null },
          {
            id: rewards.gold.id,
            can_redeem: false,
            unavailable_reason: "tier",
          },
          {
            id: rewards.dear.id,
            can_redeem: false,
            unavailable_reason: "insufficient_points",
          },
        ])

        // What the list says is what the redemption does.
        expect((await redeem(rewards.gold.id)).data.message).toMatch(
          /needs a higher tier/
        )
        expect((await redeem(rewards.cheap.id)).status).toEqual(200)
      })
    })

    describe("redemption", () => {
      it("issues a single-use code only this customer can apply", async () => {
        const reward = await createReward({
          kind: "amount_off",
          value: 10,
          currency_code: "eur",
          stock: 2,
        })
        await credit(250)

        const catalogue = (await api.get("/store/loyalty/rewards", headers))
          .data.rewards
        expect(catalogue).toEqual([
          expect.objectContaining({ id: reward.id, can_redeem: true }),
        ])

        const res = await redeem(reward.id)
        expect(res.status).toEqual(200)
        const { redemption } = res.data
        expect(redemption).toEqual(
          expect.objectContaining({
            points: 100,
            status: "issued",
            code: expect.stringMatching(/^RWD-[A-Z2-9]{10}$/),
            reward: expect.objectContaining({ id: reward.id }),
          })
        )
        expect((await standing()).points_available).toEqual(150)
        const rewardAfter = (
          await api.get(`/admin/loyalty/rewards/${reward.id}`, admin)
        ).data.reward
        expect(rewardAfter.stock).toEqual(1)

        const mine = (
          await api.get("/store/customers/me/loyalty/redemptions", headers)
        ).data
        expect(mine.redemptions.map((r) => r.code)).toEqual([redemption.code])

        // The code takes €10 off this customer's cart...
        const own = await cartWithItem(headers)
        const applied = (
          await api.post(
            `/store/carts/${own.cartId}/promotions`,
            { promo_codes: [redemption.code] },
            own.storeHeaders
          )
        ).data.cart
        expect(applied.discount_total).toEqual(10)
        expect(applied.promotions.map((p) => p.code)).toEqual([redemption.code])

        // ...and nothing off anybody else's.
        const other = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token
        )
        const theirs = await cartWithItem(other.headers)
        const refused = await api
          .post(
            `/store/carts/${theirs.cartId}/promotions`,
            { promo_codes: [redemption.code] },
            theirs.storeHeaders
          )
          .catch((e) => e.response)
        const theirCart = (
          await api.get(`/store/carts/${theirs.cartId}`, theirs.storeHeaders)
        ).data.cart
        expect(refused.status === 200 || refused.status === 400).toBe(true)
        expect(theirCart.discount_total).toEqual(0)
        expect(theirCart.promotions ?? []).toEqual([])

        // A customer's redemptions stay their own.
        const otherList = (
          await api.get(
            "/store/customers/me/loyalty/redemptions",
            other.headers
          )
        ).data
        expect(otherList.redemptions).toEqual([])
      })

      it("a used code cannot be used again", async () => {
        const reward = await createReward({ kind: "percent_off", value: 10 })
        await credit(100)
        const { redemption } = (await redeem(reward.id)).data

        const order = await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
          promo_codes: [redemption.code],
        })
        const query = getContainer().resolve("query")
        const {
          data: [placed],
        } = await query.graph({
          entity: "order",
          fields: ["discount_total"],
          filters: { id: order.id },
        })
        // 10% of €89 + 20% VAT.
        expect(Number(placed.discount_total)).toBeCloseTo(10.68, 2)

        const promotions = await getContainer()
          .resolve(Modules.PROMOTION)
          .listPromotions({ code: redemption.code })
        expect(promotions[0].used).toEqual(1)

        const again = await cartWithItem(headers)
        const res = await api
          .post(
            `/store/carts/${again.cartId}/promotions`,
            { promo_codes: [redemption.code] },
            again.storeHeaders
          )
          .catch((e) => e.response)
        const cart = (
          await api.get(`/store/carts/${again.cartId}`, again.storeHeaders)
        ).data.cart
        expect(res.status === 200 || res.status === 400).toBe(true)
        expect(cart.discount_total).toEqual(0)
      })

      it("20 concurrent redemptions against points for 5 give exactly 5", async () => {
        const reward = await createReward({ kind: "free_shipping", value: 0 })
        await credit(500)

        const results = await Promise.all(
          Array.from({ length: 20 }, () => redeem(reward.id))
        )
        const ok = results.filter((r) => r.status === 200)
        const refused = results.filter((r) => r.status === 400)
        expect(ok).toHaveLength(5)
        expect(refused).toHaveLength(15)
        expect(refused[0].data.message).toMatch(/Insufficient points/)

        expect((await standing()).points_available).toEqual(0)
        const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        expect(await service.listLoyaltyRedemptions({})).toHaveLength(5)
        const promotions = await getContainer()
          .resolve(Modules.PROMOTION)
          .listPromotions({ code: ok.map((r) => r.data.redemption.code) })
        expect(promotions).toHaveLength(5)
      })

      it("gives points and stock back when a later step fails", async () => {
        const reward = await createReward({
          kind: "percent_off",
          value: 5,
          stock: 1,
        })
        await credit(100)

        failAfterPromotion = true
        const res = await redeem(reward.id).finally(() => {
          failAfterPromotion = false
        })
        expect(res.status).toBeGreaterThanOrEqual(400)

        expect((await standing()).points_available).toEqual(100)
        const rewardAfter = (
          await api.get(`/admin/loyalty/rewards/${reward.id}`, admin)
        ).data.reward
        expect(rewardAfter.stock).toEqual(1)
        const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        expect(await service.listLoyaltyRedemptions({})).toHaveLength(0)
        const promotions = await getContainer()
          .resolve(Modules.PROMOTION)
          .listPromotions({})
        expect(promotions).toHaveLength(0)
      })

      describe("refuses with a 400 and writes nothing", () => {
        const expectNothingWritten = async (points: number) => {
          expect((await standing()).points_available).toEqual(points)
          const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
          expect(await service.listLoyaltyRedemptions({})).toHaveLength(0)
          const promotions = await getContainer()
            .resolve(Modules.PROMOTION)
            .listPromotions({})
          expect(promotions).toHaveLength(0)
        }

        it("an unknown reward", async () => {
          await credit(500)
          const res = await redeem("lrwd_unknown")
          expect(res.status).toEqual(400)
          expect(res.data.message).toContain("reward_id")
          await expectNothingWritten(500)
        })

        it("an inactive reward", async () => {
          const reward = await createReward({
            kind: "percent_off",
            value: 5,
            active: false,
          })
          await credit(500)
          const res = await redeem(reward.id)
          expect(res.status).toEqual(400)
          expect(res.data.message).toMatch(/not active/)
          await expectNothingWritten(500)
        })

        it("a reward above the customer's tier", async () => {
          const service = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
          await service.createLoyaltyTiers({ name: "Member", rank: 0 })
          const reward = await createReward({
            kind: "percent_off",
            value: 5,
            min_tier_rank: 2,
          })
          await credit(500)
          const res = await redeem(reward.id)
          expect(res.status).toEqual(400)
          expect(res.data.message).toMatch(/higher tier/)
          await expectNothingWritten(500)
        })

        it("insufficient points", async () => {
          const reward = await createReward({ kind: "percent_off", value: 5 })
          await credit(99)
          const res = await redeem(reward.id)
          expect(res.status).toEqual(400)
          expect(res.data.message).toMatch(/Insufficient points: 99 available/)
          await expectNothingWritten(99)
        })

        it("an out-of-stock reward", async () => {
          const reward = await createReward({
            kind: "percent_off",
            value: 5,
            stock: 0,
          })
          await credit(500)
          const res = await redeem(reward.id)
          expect(res.status).toEqual(400)
          expect(res.data.message).toMatch(/out of stock/)
          await expectNothingWritten(500)
        })

        it("a missing reward_id or an unknown field", async () => {
          await credit(500)
          const missing = await api
            .post("/store/customers/me/loyalty/redemptions", {}, headers)
            .catch((e) => e.response)
          expect(missing.status).toEqual(400)
          expect(missing.data.message).toContain("reward_id")
          const extra = await api
            .post(
              "/store/customers/me/loyalty/redemptions",
              { reward_id: "x", points: 1 },
              headers
            )
            .catch((e) => e.response)
          expect(extra.status).toEqual(400)
          await expectNothingWritten(500)
        })
      })

      it("needs a signed-in customer", async () => {
        const res = await api
          .post(
            "/store/customers/me/loyalty/redemptions",
            { reward_id: "x" },
            {
              headers: {
                "x-publishable-api-key": basics.publishableKey.token,
              },
            }
          )
          .catch((e) => e.response)
        expect(res.status).toEqual(401)
      })
    })
  },
})
