import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  orderBalance,
  placeOrder,
  receiveReturn,
  StoreBasics,
} from "../fixtures"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import { completeReturnRequestWorkflow } from "../../src/workflows/return-policy"
import { createCustomerHeaders } from "../helpers/auth"
import { waitFor } from "../helpers/wait-for"
import {
  placeTeeAndMerinoOrder,
  seedOncePerFile,
  seedShop,
  seedStandardPolicy,
} from "../helpers/shop"

jest.setTimeout(180 * 1000)

const DAY_MS = 86_400_000

// The plugin's extension point, used here to fail a completion after the
// credit was issued and see everything undone. Armed by one test only.
const failCompletion = { armed: false, calls: 0 }
completeReturnRequestWorkflow.hooks.returnRequestCompleted(() => {
  if (failCompletion.armed) {
    failCompletion.calls++
    throw new Error("Completion failed after the credit")
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
    let order: { id: string }
    let lines: Record<"tee" | "merino", { id: string }>

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ basics, customer, headers, admin } = await seedShop(container, api))
      await seedStandardPolicy(container)

      ;({ order, lines } = await placeTeeAndMerinoOrder(
        container,
        basics,
        customer
      ))
    })

    const requestReturn = (body: Record<string, unknown>, h = headers) =>
      api
        .post("/store/return-requests", { order_id: order.id, ...body }, h)
        .catch((e) => e.response)

    const oneTee = (quantity = 1) => [
      { line_item_id: lines.tee.id, quantity, reason_code: "TOO_SMALL" },
    ]

    const eligibility = (h = headers, id = order.id) =>
      api
        .get(`/store/orders/${id}/return-eligibility`, h)
        .catch((e) => e.response)

    const nativeReturn = async (id: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [ret],
      } = await query.graph({
        entity: "return",
        fields: ["id", "status", "shipping_methods.amount"],
        filters: { id },
      })
      return ret
    }

    const receive = (returnId: string, lineId: string, quantity = 1) =>
      receiveReturn(getContainer(), {
        return_id: returnId,
        items: [{ id: lineId, quantity }],
      })

    const deliveredDaysAgo = async (days: number) => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [withFulfillments],
      } = await query.graph({
        entity: "order",
        fields: ["fulfillments.id"],
        filters: { id: order.id },
      })
      const fulfillment = container.resolve(Modules.FULFILLMENT)
      for (const f of withFulfillments.fulfillments ?? []) {
        await fulfillment.updateFulfillment(f!.id, {
          delivered_at: new Date(Date.now() - days * DAY_MS),
        })
      }
    }

    const orderCredit = () => orderBalance(getContainer(), order.id)

    /** Staff refund `amount` of the order's payment in Medusa's admin. */
    const refundOrder = async (amount: number) => {
      const {
        data: [paid],
      } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["payment_collections.payments.id"],
          filters: { id: order.id },
        })
      const paymentId = paid.payment_collections![0]!.payments![0]!.id
      await api.post(`/admin/payments/${paymentId}/refund`, { amount }, admin)
    }

    /** Makes the customer a Gold member whose policy is generous. */
    /** The customer locked into a new tier with its own policy. */
    const makeTier = async (
      name: string,
      rank: number,
      terms: Record<string, unknown>
    ) => {
      const tier = (
        await api.post(
          "/admin/loyalty/tiers",
          { name, rank, min_points: 100000 },
          admin
        )
      ).data.tier
      await api.post(
        `/admin/loyalty/accounts/${customer.id}/tier-lock`,
        { tier_id: tier.id, reason: "Key account" },
        admin
      )
      await api.post(
        "/admin/return-policies",
        {
          name,
          tier_id: tier.id,
          return_window_days: 60,
          auto_approve_max_amount: 1000,
          ...terms,
        },
        admin
      )
      return tier
    }
    const makeGold = () =>
      makeTier("Gold", 3, {
        free_return_shipping: true,
        store_credit_bonus_percent: 10,
      })

    describe("GET /store/orders/:id/return-eligibility", () => {
      it("tells per line what can come back, until when, and on what terms", async () => {
        const res = await eligibility()
        expect(res.status).toEqual(200)
        const { eligibility: e } = res.data
        expect(e.tier).toBeNull()
        expect(e.policy).toEqual(
          expect.objectContaining({
            return_window_days: 30,
            free_return_shipping: false,
          })
        )
        expect(e.return_shipping).toEqual(
          expect.objectContaining({
            option_id: basics.returnShippingOption.id,
            amount: 6,
            free: false,
          })
        )
        expect(e.return_shipping).toEqual(
          expect.objectContaining({
            method: "Return shipping",
            address: expect.objectContaining({ city: "Copenhagen" }),
          })
        )
        expect(e.reason_codes).toEqual([
          {
            code: "TOO_SMALL",
            label: "Too small",
            requires_evidence: false,
            requires_review: false,
          },
        ])
        expect(e.refund_methods).toEqual([
          expect.objectContaining({
            method: "original_payment",
            bonus_percent: 0,
          }),
          expect.objectContaining({ method: "store_credit", bonus_percent: 0 }),
        ])
        const tee = e.items.find((l) => l.line_item_id === lines.tee.id)
        const merino = e.items.find((l) => l.line_item_id === lines.merino.id)
        // Delivered today, a 30-day window: open until the end of day 30.
        const deadline = new Date(
          (Math.floor(Date.now() / DAY_MS) + 30) * DAY_MS
        )
          .toISOString()
          .slice(0, 10)
        expect(tee).toEqual(
          expect.objectContaining({
            title: "Organic Cotton Tee",
            variant_title: "S",
            unit_price: 25,
            currency_code: "eur",
            quantity: 2,
            returnable_quantity: 2,
            eligible: true,
            reasons_not_eligible: [],
            return_deadline: `${deadline}T23:59:59.999Z`,
            days_left: 30,
            // 2 × €25 + 20% VAT; 60 − €6 shipping is within €100.
            refund_amount: 60,
            restocking_fee: 0,
            predicted_outcome: { outcome: "auto_approve", reasons: [] },
          })
        )
        // The same breakdown, under the same name, as a request's.
        expect(tee.refund_estimate).toEqual(
          expect.objectContaining({
            currency_code: "eur",
            items_total: 60,
            return_shipping: 6,
            refund_total: 54,
            items: [
              expect.objectContaining({
                line_item_id: lines.tee.id,
                quantity: 2,
                total: 60,
              }),
            ],
          })
        )
        // 2 × €106.80 is above the €100 the policy approves by itself.
        expect(merino).toEqual(
          expect.objectContaining({
            returnable_quantity: 2,
            refund_amount: 213.6,
            predicted_outcome: {
              outcome: "manual_review",
              reasons: [expect.stringMatching(/100/)],
            },
          })
        )

        const made = (await requestReturn({ items: oneTee(2) })).data
          .return_request
        expect(Object.keys(made.refund_estimate).sort()).toEqual(
          Object.keys(tee.refund_estimate).sort()
        )
        expect(made.refund_estimate).toEqual(tee.refund_estimate)
        const after = (await eligibility()).data.eligibility
        expect(
          after.items.find((l) => l.line_item_id === lines.tee.id)
        ).toEqual(
          expect.objectContaining({
            returnable_quantity: 0,
            eligible: false,
            refund_estimate: null,
            predicted_outcome: {
              outcome: "not_eligible",
              reasons: [expect.stringMatching(/nothing left to return/)],
            },
          })
        )
      })

      it("names the window once it has closed", async () => {
        await deliveredDaysAgo(40)
        const { items: after } = (await eligibility()).data.eligibility
        expect(after[0]).toEqual(
          expect.objectContaining({
            eligible: false,
            returnable_quantity: 0,
            days_left: 0,
            predicted_outcome: expect.objectContaining({
              outcome: "not_eligible",
            }),
          })
        )
        expect(after[0].reasons_not_eligible).toEqual([
          expect.stringMatching(/window/),
        ])
      })

      it("someone else's order is 404, and a customer must sign in", async () => {
        const other = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token
        )
        expect((await eligibility(other.headers)).status).toEqual(404)
        expect((await eligibility(headers, "order_unknown")).status).toEqual(
          404
        )
        const anonymous = await api
          .get(`/store/orders/${order.id}/return-eligibility`, {
            headers: {
              "x-publishable-api-key": basics.publishableKey.token,
            },
          })
          .catch((e) => e.response)
        expect(anonymous.status).toEqual(401)
      })
    })

    describe("POST /store/return-requests/:id/cancel", () => {
      const cancel = (id: string, h = headers, body = {}) =>
        api
          .post(`/store/return-requests/${id}/cancel`, body, h)
          .catch((e) => e.response)

      it("withdraws a request waiting for review and frees its units", async () => {
        const rr = (
          await requestReturn({
            items: [
              {
                line_item_id: lines.merino.id,
                quantity: 2,
                reason_code: "TOO_SMALL",
              },
            ],
          })
        ).data.return_request
        expect(rr.status).toEqual("pending_review")

        const res = await cancel(rr.id, headers, { note: "Kept them" })
        expect(res.status).toEqual(200)
        expect(res.data.return_request.status).toEqual("canceled")
        expect(
          res.data.return_request.timeline.map((e) => [e.type, e.by, e.note])
        ).toEqual([
          ["requested", "customer", null],
          ["in_review", "policy", expect.stringMatching(/100/)],
          ["canceled", "customer", "Kept them"],
        ])
        expect(res.data.return_request.can_cancel).toBe(false)

        const merino = (await eligibility()).data.eligibility.items.find(
          (l) => l.line_item_id === lines.merino.id
        )
        expect(merino.returnable_quantity).toEqual(2)

        const again = await cancel(rr.id)
        expect(again.status).toEqual(400)
        expect(again.data.message).toMatch(/is canceled/)
      })

      it("cancels an approved request's native return too", async () => {
        const rr = (await requestReturn({ items: oneTee() })).data
          .return_request
        expect(rr.status).toEqual("approved")

        const res = await cancel(rr.id)
        expect(res.status).toEqual(200)
        expect((await nativeReturn(rr.return_id)).status).toEqual("canceled")
      })

      it("refuses once the items were received, and changes nothing", async () => {
        const rr = (await requestReturn({ items: oneTee() })).data
          .return_request
        await receive(rr.return_id, lines.tee.id)
        const service = getContainer().resolve(RETURN_POLICY_MODULE)
        await waitFor(
          async () =>
            (await service.retrieveReturnRequest(rr.id)).status === "completed",
          "the request to complete"
        )

        const res = await cancel(rr.id)
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(/is completed/)
        expect((await nativeReturn(rr.return_id)).status).toEqual("received")
      })

      it("someone else's request is 404", async () => {
        const rr = (await requestReturn({ items: oneTee() })).data
          .return_request
        const other = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token
        )
        expect((await cancel(rr.id, other.headers)).status).toEqual(404)
        const service = getContainer().resolve(RETURN_POLICY_MODULE)
        expect((await service.retrieveReturnRequest(rr.id)).status).toEqual(
          "approved"
        )
      })
    })

    it("a request on a canceled order is refused, naming the rule, and nothing is written", async () => {
      const container = getContainer()
      const undelivered = await placeOrder(container, basics, {
        customer,
        items: [{ variant_id: basics.variants[6].id, quantity: 1 }],
        deliver: false,
      })
      await cancelOrderWorkflow(container).run({
        input: { order_id: undelivered.id },
      })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [canceled],
      } = await query.graph({
        entity: "order",
        fields: ["status", "items.id"],
        filters: { id: undelivered.id },
      })
      expect(canceled.status).toEqual("canceled")
      const res = await requestReturn({
        order_id: undelivered.id,
        items: [
          {
            line_item_id: canceled.items[0]!.id,
            quantity: 1,
            reason_code: "TOO_SMALL",
          },
        ],
      })
      expect(res.status).toEqual(400)
      expect(res.data.message).toMatch(/the order is canceled/)
      const service = container.resolve(RETURN_POLICY_MODULE)
      expect(
        await service.listReturnRequests({ order_id: undelivered.id })
      ).toHaveLength(0)
    })

    it("a reviewed request, once approved, gives a native return the warehouse receives", async () => {
      const rr = (
        await requestReturn({
          items: [
            {
              line_item_id: lines.merino.id,
              quantity: 2,
              reason_code: "TOO_SMALL",
            },
          ],
        })
      ).data.return_request
      expect(rr.status).toEqual("pending_review")
      const approved = (
        await api.post(`/admin/return-requests/${rr.id}/approve`, {}, admin)
      ).data.return_request
      expect(approved.return_id).toMatch(/^return_/)

      await receive(approved.return_id, lines.merino.id, 2)
      expect((await nativeReturn(approved.return_id)).status).toEqual(
        "received"
      )
      const service = getContainer().resolve(RETURN_POLICY_MODULE)
      await waitFor(
        async () =>
          (await service.retrieveReturnRequest(rr.id)).status === "completed",
        "the request to complete"
      )
      // Medusa now owes the customer the refund it will pay out.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [after],
      } = await query.graph({
        entity: "order",
        fields: ["summary.pending_difference"],
        filters: { id: order.id },
      })
      expect(
        -Number(
          (after.summary as { pending_difference: number }).pending_difference
        )
      ).toEqual(approved.refund_estimate.refund_total)

      // Staff refund what Medusa owes: the customer's page says so.
      await refundOrder(approved.refund_estimate.refund_total)
      const seen = (await api.get(`/store/return-requests/${rr.id}`, headers))
        .data.return_request
      expect(seen.timeline.map((e) => [e.type, e.by, e.amount])).toEqual([
        ["requested", "customer", null],
        ["in_review", "policy", null],
        ["approved", "staff", null],
        ["received", "system", null],
        ["refunded", "staff", 207.6],
      ])
      expect(seen.status).toEqual("completed")
      expect(seen.send_by).toBeNull()
      expect(seen.can_cancel).toBe(false)
    })

    it("a line's second unit, returned after the first was received, is refunded in full", async () => {
      const first = (await requestReturn({ items: oneTee() })).data
        .return_request
      expect(first.status).toEqual("approved")
      await receive(first.return_id, lines.tee.id, 1)
      // Medusa now prices the tee line for the one unit kept, its quantity
      // still 2: the second tee was paid as much as the first.
      const second = await requestReturn({ items: oneTee() })
      expect(second.status).toEqual(200)
      expect(second.data.return_request.refund_estimate.refund_total).toEqual(
        first.refund_estimate.refund_total
      )
      expect(first.refund_estimate.refund_total).toEqual(24)
    })

    it("two concurrent requests for the last unit: one wins", async () => {
      await requestReturn({ items: oneTee() })
      const results = await Promise.all([
        requestReturn({ items: oneTee() }),
        requestReturn({ items: oneTee() }),
      ])
      expect(results.map((r) => r.status).sort()).toEqual([200, 400])
      const service = getContainer().resolve(RETURN_POLICY_MODULE)
      const requests = await service.listReturnRequests({ order_id: order.id })
      expect(requests).toHaveLength(2)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: returns } = await query.graph({
        entity: "return",
        fields: ["id"],
        filters: { order_id: order.id },
      })
      expect(returns).toHaveLength(2)
    })

    describe("Medusa's own POST /store/returns", () => {
      const nativeCreate = (items: { id: string; quantity: number }[]) =>
        api
          .post(
            "/store/returns",
            {
              order_id: order.id,
              items,
              return_shipping: { option_id: basics.returnShippingOption.id },
            },
            headers
          )
          .catch((e) => e.response)

      it("passes what the policy approves by itself, at the store's shipping price", async () => {
        const res = await nativeCreate([{ id: lines.tee.id, quantity: 1 }])
        expect(res.status).toEqual(200)
        const ret = await nativeReturn(res.data.return.id)
        expect(ret.shipping_methods.map((m) => m!.amount)).toEqual([6])
      })

      it("refuses a return after the window, naming the rule", async () => {
        await deliveredDaysAgo(40)
        const res = await nativeCreate([{ id: lines.tee.id, quantity: 1 }])
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(/return_window/)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: returns } = await query.graph({
          entity: "return",
          fields: ["id"],
          filters: { order_id: order.id },
        })
        expect(returns).toHaveLength(0)
      })

      it("refuses what needs review and points to the plugin's route", async () => {
        const res = await nativeCreate([{ id: lines.merino.id, quantity: 2 }])
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(/auto_approve_amount/)
        expect(res.data.message).toMatch(/POST \/store\/return-requests/)
      })

      it("a Gold member's return ships free, priced by Medusa through the hook", async () => {
        await makeGold()
        const res = await nativeCreate([{ id: lines.tee.id, quantity: 1 }])
        expect(res.status).toEqual(200)
        const ret = await nativeReturn(res.data.return.id)
        expect(ret.shipping_methods.map((m) => m!.amount)).toEqual([0])

        // The 60-day Gold window: what the default policy refuses passes.
        await deliveredDaysAgo(40)
        const late = await nativeCreate([{ id: lines.tee.id, quantity: 1 }])
        expect(late.status).toEqual(200)
      })
    })

    it("charges a tier's own return shipping price (a price rule on loyalty_tier_id)", async () => {
      const tier = await makeTier("Silver", 2, { free_return_shipping: false })
      // €6 for everybody, €2 for Silver members.
      const {
        data: [option],
      } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "shipping_option",
          fields: ["prices.price_set_id"],
          filters: { id: basics.returnShippingOption.id },
        })
      await getContainer()
        .resolve(Modules.PRICING)
        .addPrices({
          priceSetId: option.prices![0]!.price_set_id!,
          prices: [
            {
              amount: 2,
              currency_code: "eur",
              rules: { loyalty_tier_id: tier.id },
            },
          ],
        })

      // The page and the estimate deduct what Medusa will charge.
      const page = (await eligibility()).data.eligibility
      expect(page.return_shipping).toEqual(
        expect.objectContaining({ amount: 2, free: false })
      )
      const res = await requestReturn({ items: oneTee() })
      expect(res.status).toEqual(200)
      const rr = res.data.return_request
      expect(rr.status).toEqual("approved")
      // €25 + 20% VAT, less the Silver price of €2.
      expect(rr.refund_estimate).toEqual(
        expect.objectContaining({ return_shipping: 2, refund_total: 28 })
      )
      expect(rr.return_shipping.amount).toEqual(2)
      expect(
        (await nativeReturn(rr.return_id)).shipping_methods.map(
          (m) => m!.amount
        )
      ).toEqual([2])
    })

    it("keeps a tier's restocking fee out of Medusa's refund, paid back or in store credit", async () => {
      await makeTier("Silver", 2, {
        free_return_shipping: false,
        restocking_fee_percent: 5,
        store_credit_bonus_percent: 10,
      })
      const service = getContainer().resolve(RETURN_POLICY_MODULE)
      const completed = (id: string) =>
        waitFor(async () => {
          const r = await service.retrieveReturnRequest(id)
          return r.status === "completed" ? r : null
        }, "the request to complete")

      // One tee paid back: €30 (€25 + 20% VAT), less the 5% fee (€1.50),
      // less €6 return shipping.
      const paidBack = (await requestReturn({ items: oneTee() })).data
        .return_request
      expect(paidBack.status).toEqual("approved")
      expect(paidBack.refund_estimate).toEqual(
        expect.objectContaining({
          items_total: 30,
          restocking_fee_total: 1.5,
          return_shipping: 6,
          refund_total: 22.5,
        })
      )
      await receive(paidBack.return_id, lines.tee.id)
      await completed(paidBack.id)
      // Medusa owes what the customer was told, not the fee on top, and the
      // fee's credit line names the request.
      const owed = await orderCredit()
      expect(owed.pending_difference).toEqual(-22.5)
      expect(owed.credit_lines).toEqual([
        {
          amount: -1.5,
          reference: "return_request_restocking_fee",
          reference_id: paidBack.id,
        },
      ])
      // Staff refund it: nothing is left owed.
      await refundOrder(22.5)
      expect((await orderCredit()).pending_difference).toEqual(0)

      // A second tee in store credit: €22.50 credited (+ 10% bonus), and
      // the order owes nothing, fee included.
      const inCredit = (
        await requestReturn({
          items: oneTee(),
          refund_method: "store_credit",
        })
      ).data.return_request
      expect(inCredit.refund_estimate).toEqual(
        expect.objectContaining({ refund_total: 22.5, credited_total: 24.75 })
      )
      await receive(inCredit.return_id, lines.tee.id)
      await waitFor(
        async () =>
          !!(
            (await service.retrieveReturnRequest(inCredit.id)).metadata as
              Record<string, unknown> | undefined
          )?.store_credit,
        "the store credit"
      )
      const settled = await orderCredit()
      expect(settled.pending_difference).toEqual(0)
      expect(settled.credit_lines).toEqual(
        expect.arrayContaining([
          {
            amount: -1.5,
            reference: "return_request_restocking_fee",
            reference_id: inCredit.id,
          },
          {
            amount: -22.5,
            reference: "return_request",
            reference_id: inCredit.id,
          },
        ])
      )
    })

    describe("free return shipping and store credit for a VIP", () => {
      afterEach(() => {
        failCompletion.armed = false
      })

      it("deducts no shipping and credits the refund plus the tier's bonus on receipt", async () => {
        await makeGold()
        const page = (await eligibility()).data.eligibility
        expect(page.refund_methods).toEqual([
          expect.objectContaining({ method: "original_payment" }),
          {
            method: "store_credit",
            label: "Store credit",
            bonus_percent: 10,
          },
        ])
        expect(page.return_shipping).toEqual(
          expect.objectContaining({ amount: 0, free: true })
        )
        const res = await requestReturn({
          items: oneTee(),
          refund_method: "store_credit",
        })
        expect(res.status).toEqual(200)
        const rr = res.data.return_request
        expect(rr.status).toEqual("approved")
        expect(rr.tier_name).toEqual("Gold")
        // €30 back, no shipping deducted, +10% bonus in store credit.
        expect(rr.refund_estimate).toEqual(
          expect.objectContaining({
            return_shipping: 0,
            refund_total: 30,
            store_credit_bonus: 3,
            credited_total: 33,
          })
        )
        expect(
          (await nativeReturn(rr.return_id)).shipping_methods.map(
            (m) => m!.amount
          )
        ).toEqual([0])

        await receive(rr.return_id, lines.tee.id)
        const service = getContainer().resolve(RETURN_POLICY_MODULE)
        const done = await waitFor(async () => {
          const r = await service.retrieveReturnRequest(rr.id)
          return r.status === "completed" &&
            (r.metadata as Record<string, any>)?.store_credit
            ? r
            : null
        }, "the store credit")
        const credit = (done.metadata as Record<string, any>).store_credit
        expect(credit).toEqual(
          expect.objectContaining({
            kind: "promotion",
            amount: 33,
            currency_code: "eur",
            code: `CREDIT-${rr.rma_number.replace(/^RMA-/, "")}`,
          })
        )

        const promotion = await getContainer()
          .resolve(Modules.PROMOTION)
          .retrievePromotion(credit.promotion_id, {
            relations: ["application_method", "rules"],
          })
        expect(promotion.limit).toEqual(1)
        expect(promotion.application_method).toEqual(
          expect.objectContaining({
            type: "fixed",
            target_type: "order",
            currency_code: "eur",
          })
        )
        expect(Number(promotion.application_method!.value)).toEqual(33)
        expect(promotion.rules?.[0]).toEqual(
          expect.objectContaining({ attribute: "customer.id" })
        )

        // The order records that store credit replaced the refund: it owes
        // nothing (no Refund button in Medusa's admin), and the credit line
        // of the refund (the bonus is the store's gift) names the request.
        const balance = await orderCredit()
        expect(balance.pending_difference).toEqual(0)
        expect(balance.credit_lines).toEqual([
          expect.objectContaining({
            amount: -30,
            reference: "return_request",
            reference_id: rr.id,
          }),
        ])
        // Medusa's own refund to a credit line is refused: nothing is owed.
        const twice = await api
          .post(
            `/admin/orders/${order.id}/credit-lines`,
            { amount: -30, reference: "order", reference_id: order.id },
            admin
          )
          .catch((e) => e.response)
        expect(twice.status).toEqual(400)
        expect(twice.data.message).toMatch(/pending difference/)
        expect((await orderCredit()).pending_difference).toEqual(0)

        // The customer's page: the code to spend, and how it got there.
        const seen = (await api.get(`/store/return-requests/${rr.id}`, headers))
          .data.return_request
        expect(seen.store_credit).toEqual({
          kind: "promotion",
          code: credit.code,
          amount: 33,
          currency_code: "eur",
        })
        expect(seen.timeline.map((e) => [e.type, e.by, e.amount])).toEqual([
          ["requested", "customer", null],
          ["approved", "policy", null],
          ["received", "system", null],
          ["credited", "system", 33],
        ])
        expect(seen.return_shipping).toEqual(
          expect.objectContaining({ amount: 0, free: true })
        )
        expect(seen.can_cancel).toBe(false)
      })

      it("a failure after the credit undoes the credit line, the code and the completion", async () => {
        await makeGold()
        const rr = (
          await requestReturn({
            items: oneTee(),
            refund_method: "store_credit",
          })
        ).data.return_request
        failCompletion.armed = true
        failCompletion.calls = 0
        await receive(rr.return_id, lines.tee.id)
        await waitFor(() => failCompletion.calls > 0, "the failing hook")
        const service = getContainer().resolve(RETURN_POLICY_MODULE)
        const promotions = getContainer().resolve(Modules.PROMOTION)
        const code = `CREDIT-${rr.rma_number.replace(/^RMA-/, "")}`
        // The steps that are undone run in parallel branches: wait for all.
        await waitFor(async () => {
          const r = await service.retrieveReturnRequest(rr.id)
          return (
            r.status === "approved" &&
            !(r.metadata as Record<string, any> | null)?.store_credit &&
            (await promotions.listPromotions({ code })).length === 0 &&
            (await orderCredit()).credit_lines.length === 0
          )
        }, "the compensation")
        expect((await orderCredit()).pending_difference).toEqual(-30)

        // Once the cause is gone, the same receipt settles it.
        failCompletion.armed = false
        await completeReturnRequestWorkflow(getContainer()).run({
          input: { return_id: rr.return_id },
        })
        const settled = await orderCredit()
        expect(settled.pending_difference).toEqual(0)
        expect(settled.credit_lines).toHaveLength(1)
      })

      it("completes a request paid back the usual way without any credit", async () => {
        const rr = (await requestReturn({ items: oneTee() })).data
          .return_request
        await receive(rr.return_id, lines.tee.id)
        const service = getContainer().resolve(RETURN_POLICY_MODULE)
        const done = await waitFor(async () => {
          const r = await service.retrieveReturnRequest(rr.id, {
            relations: ["decisions"],
          })
          return r.status === "completed" ? r : null
        }, "the request to complete")
        expect(
          (done.metadata as Record<string, any> | null)?.store_credit
        ).toBeUndefined()
        expect(done.decisions.map((d) => d.decided_by_type)).toEqual([
          "policy",
          "system",
        ])
      })
    })
  },
})
