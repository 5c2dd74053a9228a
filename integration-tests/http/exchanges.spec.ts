import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createOrderShipmentWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  orderBalance,
  placeOrder,
  receiveReturn,
  returnAndReceive,
  type StoreBasics,
} from "../fixtures"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import { createCustomerHeaders } from "../helpers/auth"
import { seedOncePerFile, seedShop } from "../helpers/shop"
import {
  flagOverdueExchangesWorkflow,
  receiveExchangeReturnWorkflow,
} from "../../src/workflows/exchanges"
import { refreshReportRollupsWorkflow } from "../../src/workflows/reports"
import { useFakeResend } from "../helpers/fake-resend"
import { waitFor } from "../helpers/wait-for"

// Boot alone can pass 3 minutes on a loaded CI machine.
jest.setTimeout(300 * 1000)

const resend = useFakeResend()
const emails = resend.emails

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    const { api, getContainer, utils } = options
    let basics: StoreBasics
    let customer: { id: string; email: string }
    let headers: Record<string, any>
    let admin: Record<string, any>
    let order: { id: string; items: { id: string }[] }
    // Merino S (€89) was bought; M costs €79 and L €99 today, 20% VAT on top.
    let sizes: Record<"S" | "M" | "L", string>
    let tee: string

    const policy = (body: Record<string, unknown>) =>
      api.post(
        "/admin/return-policies",
        {
          name: "Standard",
          tier_id: null,
          return_window_days: 30,
          auto_approve_max_amount: 1000,
          exchanges_allowed: true,
          exchange_auto_approve: true,
          ...body,
        },
        admin
      )

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ basics, customer, headers, admin } = await seedShop(container, api))
      sizes = {
        S: basics.variants[0].id,
        M: basics.variants[1].id,
        L: basics.variants[2].id,
      }
      tee = basics.variants[6].id
      await updateProductVariantsWorkflow(container).run({
        input: {
          product_variants: [
            { id: sizes.M, prices: [{ currency_code: "eur", amount: 79 }] },
            { id: sizes.L, prices: [{ currency_code: "eur", amount: 99 }] },
          ],
        },
      })
      await api.post(
        "/admin/return-reason-codes",
        { code: "TOO_SMALL", label: "Too small" },
        admin
      )
      order = await placeOrder(container, basics, {
        customer,
        items: [{ variant_id: sizes.S, quantity: 1 }],
      })
    })

    beforeEach(() => {
      resend.server().reset()
    })

    const exchangeBody = (variant_id: string, mode = "same_product") => ({
      order_id: order.id,
      items: [
        {
          line_item_id: order.items[0].id,
          quantity: 1,
          reason_code: "TOO_SMALL",
          exchange: { variant_id, mode },
        },
      ],
    })

    const requestExchange = (variant_id: string, mode = "same_product") =>
      api
        .post("/store/return-requests", exchangeBody(variant_id, mode), headers)
        .catch((e) => e.response)

    const stored = async (id: string) =>
      getContainer().resolve(RETURN_POLICY_MODULE).retrieveReturnRequest(id)

    const exchangeOf = async (id: string) =>
      ((await stored(id)).metadata as Record<string, any>).exchange

    const nativeExchange = async (exchangeId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [exchange],
      } = await query.graph({
        entity: "order_exchange",
        fields: [
          "id",
          "order_id",
          "return_id",
          "additional_items.item.variant_id",
          "additional_items.quantity",
        ],
        filters: { id: exchangeId },
      })
      const {
        data: [change],
      } = await query.graph({
        entity: "order_change",
        fields: ["id", "change_type", "status"],
        filters: { exchange_id: exchangeId },
      })
      return { exchange, change }
    }

    const refundsOf = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [withRefunds],
      } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.refunds.amount"],
        filters: { id: order.id },
      })
      return withRefunds.payment_collections!.flatMap((c) =>
        (c!.payments ?? []).flatMap((p) =>
          (p!.refunds ?? []).map((r) => Number(r!.amount))
        )
      )
    }

    const receiveOld = async (requestId: string) => {
      await receiveReturn(getContainer(), {
        return_id: (await stored(requestId)).return_id!,
        items: [{ id: order.items[0].id, quantity: 1 }],
      })
    }

    it("previews, then exchanges for a dearer size: the difference is owed through a payment collection, then paid", async () => {
      await policy({})
      const preview = await api.post(
        "/store/return-requests/preview",
        exchangeBody(sizes.L),
        headers
      )
      const p = preview.data.preview
      expect(p.outcome).toEqual("auto_approve")
      expect(p.exchange).toEqual(
        expect.objectContaining({
          allowed: true,
          credit_total: 106.8,
          new_total: 118.8,
          difference: 12,
        })
      )
      // The other sizes in stock, with today's prices.
      expect(
        p.exchange_options[order.items[0].id]
          .map((o: any) => `${o.title} ${o.unit_price}`)
          .sort()
      ).toEqual(["L 99", "M 79"])

      const created = await requestExchange(sizes.L)
      expect(created.status).toEqual(200)
      expect(created.data.return_request.status).toEqual("approved")
      const exchange = await exchangeOf(created.data.return_request.id)
      expect(exchange).toEqual(
        expect.objectContaining({
          settled_difference: 12,
          payment_collection_id: expect.any(String),
          refunded: 0,
          instant: false,
          fulfillment_id: null,
        })
      )

      // A native exchange (order change of type exchange) with the L size.
      const native = await nativeExchange(exchange.exchange_id)
      expect(native.change).toEqual(
        expect.objectContaining({
          change_type: "exchange",
          status: "confirmed",
        })
      )
      expect(native.exchange.additional_items[0].item.variant_id).toEqual(
        sizes.L
      )
      expect((await stored(created.data.return_request.id)).return_id).toEqual(
        native.exchange.return_id
      )

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const collection = async () =>
        (
          await query.graph({
            entity: "payment_collection",
            fields: ["id", "amount", "status"],
            filters: { id: exchange.payment_collection_id },
          })
        ).data[0]
      expect(await collection()).toEqual(
        expect.objectContaining({ amount: 12, status: "not_paid" })
      )

      const rma = created.data.return_request.rma_number
      await waitFor(
        () => emails(`Your exchange ${rma} is approved`).length,
        "the exchange approved email"
      )
      const approved = emails(`Your exchange ${rma} is approved`)[0].body
      expect(approved.html).toContain(
        "please pay the difference of €12.00 to complete the exchange"
      )
      expect(approved.html).toContain("Merino Crew Sweater L")

      // Paid (here marked paid by the admin, as a storefront payment would).
      await api.post(
        `/admin/payment-collections/${exchange.payment_collection_id}/mark-as-paid`,
        { order_id: order.id },
        admin
      )
      expect((await collection()).status).toEqual("completed")
      // Once the old sweater is back, the L ships and Medusa's balance is
      // settled.
      await receiveOld(created.data.return_request.id)
      const receivedSubject = `We received the item you sent back for exchange ${rma}`
      await waitFor(() => emails(receivedSubject).length, "the received email")
      expect(emails(receivedSubject)[0].body.html).toContain(
        "We are shipping your new item now."
      )
      await utils.waitWorkflowExecutions()
      expect(
        (await exchangeOf(created.data.return_request.id)).fulfillment_id
      ).toEqual(expect.any(String))
      expect(
        (await orderBalance(getContainer(), order.id)).pending_difference
      ).toEqual(0)
      expect(await refundsOf()).toEqual([])
    })

    it("exchanges for a cheaper size: the surplus is refunded on the card", async () => {
      await policy({})
      const created = await requestExchange(sizes.M)
      expect(created.status).toEqual(200)
      const requestId = created.data.return_request.id
      expect(await exchangeOf(requestId)).toEqual(
        expect.objectContaining({
          difference: -12,
          settled_difference: -12,
          refunded: 0,
          payment_collection_id: null,
        })
      )
      // The decision trail reads as money, the way the CSR says it.
      const [decision] = await getContainer()
        .resolve(RETURN_POLICY_MODULE)
        .listReturnDecisions({ request_id: requestId })
      expect(decision.reasons).toContain(
        "Exchange: €12.00 refunded to the customer"
      )
      const rma = created.data.return_request.rma_number
      await waitFor(
        () => emails(`Your exchange ${rma} is approved`).length,
        "the exchange approved email"
      )
      expect(emails(`Your exchange ${rma} is approved`)[0].body.html).toContain(
        "we refund the difference of €12.00 to your original payment method"
      )
      // Nothing is owed for the new size, and the €12 goes back once the
      // old sweater is received.
      expect(await refundsOf()).toEqual([])
      await receiveOld(requestId)
      await waitFor(async () => (await refundsOf()).length > 0, "the refund")
      await utils.waitWorkflowExecutions()
      expect(await refundsOf()).toEqual([12])
      // The event delivered again, twice at once: no second refund.
      const input = {
        order_id: order.id,
        return_id: (await stored(requestId)).return_id!,
      }
      const again = () =>
        receiveExchangeReturnWorkflow(getContainer()).run({ input })
      await Promise.all([again(), again()])
      await utils.waitWorkflowExecutions()
      expect(await refundsOf()).toEqual([12])
      expect((await exchangeOf(requestId)).refunded).toEqual(12)
      // The order's transaction follows the refund in the same workflow.
      await waitFor(
        async () =>
          (await orderBalance(getContainer(), order.id)).pending_difference ===
          0,
        "the order's balance after the refund"
      )
    })

    it("a dearer size for a line partly returned and not yet refunded: no collection is asked above the order's balance, and the unit is credited what it was paid", async () => {
      await policy({})
      const container = getContainer()
      const twice = await placeOrder(container, basics, {
        customer,
        items: [{ variant_id: sizes.S, quantity: 2 }],
      })
      // One sweater came back through Medusa's own return and is not
      // refunded yet: the order owes the customer more than the €12.
      await returnAndReceive(container, basics, {
        order_id: twice.id,
        items: [{ id: twice.items[0].id, quantity: 1 }],
      })
      expect(
        (await orderBalance(container, twice.id)).pending_difference
      ).toBeLessThan(-12)

      const created = await api
        .post(
          "/store/return-requests",
          {
            order_id: twice.id,
            items: [
              {
                line_item_id: twice.items[0].id,
                quantity: 1,
                reason_code: "TOO_SMALL",
                exchange: { variant_id: sizes.L, mode: "same_product" },
              },
            ],
          },
          headers
        )
        .catch((e) => e.response)
      // Medusa refuses a collection above the order's balance ("Amount
      // cannot be greater than …"): the exchange must not ask for one.
      expect(created.data.message).toBeUndefined()
      expect(created.status).toEqual(200)
      // The returned unit is credited what it was paid (€106.80), though
      // Medusa now prices the line for the one unit kept.
      expect(await exchangeOf(created.data.return_request.id)).toEqual(
        expect.objectContaining({ credit_total: 106.8, difference: 12 })
      )
    })

    it("an instant exchange ships the new size before the old one is received; 'anything' stays within the credit", async () => {
      await policy({ instant_exchange: true, instant_exchange_return_days: 10 })
      // A €149 jacket is more than the €106.80 credit.
      const tooDear = await requestExchange(basics.variants[3].id, "any")
      expect(tooDear.status).toEqual(400)
      expect(tooDear.data.message).toContain(
        "costs €178.80, more than the €106.80 credit"
      )

      const created = await requestExchange(tee, "any")
      expect(created.status).toEqual(200)
      const exchange = await exchangeOf(created.data.return_request.id)
      expect(exchange).toEqual(
        expect.objectContaining({
          instant: true,
          difference: -76.8,
          refunded: 0,
          fulfillment_id: expect.any(String),
          return_due_at: expect.any(String),
        })
      )
      const due = new Date(exchange.return_due_at).getTime() - Date.now()
      expect(Math.round(due / 86_400_000)).toEqual(10)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [fulfillment],
      } = await query.graph({
        entity: "fulfillment",
        fields: ["id", "items.line_item_id", "items.quantity"],
        filters: { id: exchange.fulfillment_id },
      })
      expect(fulfillment.items.map((i) => i!.line_item_id)).toEqual(
        exchange.new_item_ids
      )
      const {
        data: [ret],
      } = await query.graph({
        entity: "return",
        fields: ["id", "status", "received_at"],
        filters: {
          id: (await stored(created.data.return_request.id)).return_id!,
        },
      })
      expect(ret.received_at).toBeNull()

      // The daily job: due in 10 days, so flagged for review on day 11 only.
      const day = (n: number) => new Date(Date.now() + n * 86_400_000)
      const requestId = created.data.return_request.id
      const { result: notYet } = await flagOverdueExchangesWorkflow(
        getContainer()
      ).run({ input: { now: day(9) } })
      expect(notYet).toEqual([])
      const { result: late } = await flagOverdueExchangesWorkflow(
        getContainer()
      ).run({ input: { now: day(11) } })
      expect(late.map((r) => r.id)).toEqual([requestId])
      expect((await exchangeOf(requestId)).flagged_at.slice(0, 10)).toEqual(
        day(11).toISOString().slice(0, 10)
      )

      // The warehouse ships it with a tracking number: the customer is told.
      const rma = created.data.return_request.rma_number
      await createOrderShipmentWorkflow(getContainer()).run({
        input: {
          order_id: order.id,
          fulfillment_id: exchange.fulfillment_id,
          items: exchange.new_items,
          labels: [
            {
              tracking_number: "EXC123456DK",
              tracking_url: "https://tracking.example/EXC123456DK",
              label_url: "https://labels.example/exc.pdf",
            },
          ],
        },
      })
      const shippedSubject = `The new item for exchange ${rma} is on its way`
      await waitFor(() => emails(shippedSubject).length, "the shipped email")
      expect(emails(shippedSubject)[0].body.html).toContain("EXC123456DK")
      expect(emails(shippedSubject)[0].body.html).toContain(
        "Organic Cotton Tee S"
      )

      // The old sweater comes back: its own email, no refund promise, and
      // the order's points are not reversed wholesale.
      await receiveOld(requestId)
      const receivedSubject = `We received the item you sent back for exchange ${rma}`
      await waitFor(() => emails(receivedSubject).length, "the received email")
      expect(emails(receivedSubject)[0].body.html).toContain(
        "Your new item is already on its way."
      )
      await utils.waitWorkflowExecutions()
      expect(emails(/^We received the items for return/)).toHaveLength(0)
      // The surplus refund runs in the receipt's subscriber, after the
      // email on a loaded machine.
      await waitFor(
        async () => (await refundsOf()).length,
        "the surplus refund",
        60_000
      )
      expect(await refundsOf()).toEqual([76.8])
      expect((await stored(created.data.return_request.id)).status).toEqual(
        "completed"
      )
    })

    it("CSR form: each line's options come before a variant is chosen, then the preview answers the difference", async () => {
      await policy({ instant_exchange: true, instant_exchange_return_days: 10 })
      const lineId = order.items[0].id
      const eligibility = await api.get(
        `/admin/return-requests/eligibility?order_id=${order.id}`,
        admin
      )
      expect(eligibility.status).toEqual(200)
      const { exchange } = eligibility.data
      expect(exchange).toEqual(
        expect.objectContaining({
          allowed: true,
          reasons: [],
          auto_approve: true,
          instant: true,
          return_days: 10,
        })
      )
      // The other sizes in stock with today's prices (before tax and with
      // the line's 20 % VAT, as the exchange charges), the bought S left out.
      expect(
        exchange.options[lineId]
          .map(
            (o: any) =>
              `${o.title} ${o.unit_price} ${o.unit_total} ${o.available > 0}`
          )
          .sort()
      ).toEqual(["L 99 118.8 true", "M 79 94.8 true"])

      const csrPreview = (variant_id: string) =>
        api.post(
          "/admin/return-requests/preview",
          {
            order_id: order.id,
            items: [
              {
                line_item_id: lineId,
                quantity: 1,
                reason_code: "TOO_SMALL",
                exchange: { variant_id, mode: "same_product" },
              },
            ],
          },
          admin
        )
      // L at €99 + 20 % = €118.80 against the €106.80 paid: €12 to pay.
      const dearer = (await csrPreview(sizes.L)).data.preview
      expect(dearer.outcome).toEqual("auto_approve")
      expect(dearer.errors).toEqual([])
      expect(dearer.exchange).toEqual(
        expect.objectContaining({
          allowed: true,
          auto_approve: true,
          instant: true,
          return_days: 10,
          credit_total: 106.8,
          new_total: 118.8,
          difference: 12,
        })
      )
      expect(dearer.exchange.lines[0]).toEqual(
        expect.objectContaining({
          line_item_id: lineId,
          variant_title: "L",
          credit: 106.8,
          new_total: 118.8,
          difference: 12,
        })
      )
      expect(dearer.exchange_options[lineId]).toHaveLength(2)
      // M at €79 + 20 % = €94.80: €12 back to the customer.
      const cheaper = (await csrPreview(sizes.M)).data.preview
      expect(cheaper.exchange).toEqual(
        expect.objectContaining({ new_total: 94.8, difference: -12 })
      )

      const bad = await api
        .post(
          "/admin/return-requests/preview",
          {
            order_id: order.id,
            items: [
              {
                line_item_id: lineId,
                quantity: 1,
                reason_code: "TOO_SMALL",
                exchange: { variant_id: sizes.L, mode: "other" },
              },
            ],
          },
          admin
        )
        .catch((e) => e.response)
      expect(bad.status).toEqual(400)
      expect(bad.data.message).toContain("items, 0, exchange, mode")
      // Nothing was written: the preview is no request.
      const { data } = await api.get(
        `/admin/return-requests?order_id=${order.id}`,
        admin
      )
      expect(data.return_requests).toEqual([])
    })

    it("refuses an exchange the tier's policy does not allow, naming the reason", async () => {
      await policy({})
      const loyalty = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
      const [bronze] = await loyalty.createLoyaltyTiers([
        { name: "Bronze", rank: 1 },
      ])
      await policy({
        name: "Bronze returns",
        tier_id: bronze.id,
        exchanges_allowed: false,
      })
      await api.post(
        `/admin/loyalty/accounts/${customer.id}/tier-lock`,
        { tier_id: bronze.id, reason: "Test" },
        admin
      )
      // The CSR form knows before any variant is chosen, and says why.
      const eligibility = await api.get(
        `/admin/return-requests/eligibility?order_id=${order.id}`,
        admin
      )
      expect(eligibility.data.exchange).toEqual({
        allowed: false,
        reasons: ["the Bronze tier's policy does not allow exchanges"],
        auto_approve: false,
        instant: false,
        return_days: null,
        options: {},
      })
      const csrPreview = await api.post(
        "/admin/return-requests/preview",
        { order_id: order.id, items: exchangeBody(sizes.L).items },
        admin
      )
      expect(csrPreview.data.preview.outcome).toEqual("reject")
      expect(csrPreview.data.preview.exchange.reasons).toEqual([
        "the Bronze tier's policy does not allow exchanges",
      ])
      const refused = await requestExchange(sizes.L)
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toEqual(
        "Exchange not possible: the Bronze tier's policy does not allow exchanges"
      )
      const mixed = await api
        .post(
          "/store/return-requests",
          {
            order_id: order.id,
            items: [
              ...exchangeBody(sizes.L).items,
              {
                line_item_id: order.items[0].id,
                quantity: 1,
                reason_code: "TOO_SMALL",
              },
            ],
          },
          headers
        )
        .catch((e) => e.response)
      expect(mixed.status).toEqual(400)
      expect(mixed.data.message).toContain("items.exchange")

      // The CSR form goes through the same exchange rules.
      const csr = await api
        .post(
          "/admin/return-requests",
          {
            order_id: order.id,
            channel: "phone",
            contact_confirmed: true,
            items: [
              {
                ...exchangeBody(sizes.L).items[0],
                condition: "new",
              },
            ],
          },
          admin
        )
        .catch((e) => e.response)
      expect(csr.status).toEqual(400)
      expect(csr.data.message).toEqual(
        "Exchange not possible: the Bronze tier's policy does not allow exchanges"
      )
      void Modules
    })

    // Discovery, the request page and the report: what a storefront and the
    // admin read of exchanges.
    describe("exchanges as storefronts and reports read them", () => {
      const eligibility = async () =>
        (await api.get(`/store/orders/${order.id}/return-eligibility`, headers))
          .data.eligibility

      const lockTier = async (name: string, body: Record<string, unknown>) => {
        const loyalty = getContainer().resolve(LOYALTY_PROGRAM_MODULE)
        const [tier] = await loyalty.createLoyaltyTiers([{ name, rank: 1 }])
        await policy({ name: `${name} returns`, tier_id: tier.id, ...body })
        await api.post(
          `/admin/loyalty/accounts/${customer.id}/tier-lock`,
          { tier_id: tier.id, reason: "Test" },
          admin
        )
        return tier
      }

      it("the eligibility names the policy's exchange terms and each line's variants with prices; the request page shows the exchange", async () => {
        await policy({})
        const open = await eligibility()
        expect(open.exchange).toEqual({
          allowed: true,
          reasons: [],
          auto_approve: true,
          instant: false,
          return_days: null,
        })
        // The other sizes in stock: before tax, and as the exchange would
        // price them (the line's 20 % VAT).
        expect(
          open.items[0].exchange_options
            .map((o: any) => `${o.title} ${o.unit_price} ${o.unit_total}`)
            .sort()
        ).toEqual(["L 99 118.8", "M 79 94.8"])

        const created = await requestExchange(sizes.M)
        expect(created.status).toEqual(200)
        const { data } = await api.get(
          `/store/return-requests/${created.data.return_request.id}`,
          headers
        )
        expect(data.return_request.exchange).toEqual(
          expect.objectContaining({
            currency_code: "eur",
            credit_total: 106.8,
            new_total: 94.8,
            difference: -12,
            instant: false,
            exchange_id: expect.any(String),
            lines: [
              expect.objectContaining({
                line_item_id: order.items[0].id,
                variant_id: sizes.M,
                variant_title: "M",
                credit: 106.8,
                new_total: 94.8,
                difference: -12,
              }),
            ],
          })
        )

        // The new M is on the order but not shipped before the old one is
        // back: not returnable yet (Medusa would refuse it), and says why.
        const afterExchange = await eligibility()
        const newLine = afterExchange.items.find(
          (i: any) => i.line_item_id !== order.items[0].id
        )
        expect(newLine).toEqual(
          expect.objectContaining({
            returnable_quantity: 0,
            eligible: false,
            reasons_not_eligible: [
              "not shipped yet: it can be returned once delivered",
            ],
          })
        )

        // A tier whose policy allows none: no terms, no options to offer.
        await lockTier("Bronze", { exchanges_allowed: false })
        const closed = await eligibility()
        expect(closed.exchange).toEqual({
          allowed: false,
          reasons: ["the Bronze tier's policy does not allow exchanges"],
          auto_approve: false,
          instant: false,
          return_days: null,
        })
        expect(closed.items[0].exchange_options).toEqual([])
      })

      it("exchange for something else: store and admin search what fits the line's credit, on the customer's own order only", async () => {
        await policy({})
        const lineId = order.items[0].id
        const search = (query = "", h = headers, orderId = order.id) =>
          api
            .get(
              `/store/orders/${orderId}/line-items/${lineId}/exchange-variants${query}`,
              h
            )
            .catch((e) => e.response)
        const names = (data: any) =>
          data.exchange_variants.map(
            (v: any) => `${v.product_title} ${v.title} ${v.unit_total}`
          )

        // The Merino S cost €106.80: the M (€94.80) and the tees (€30)
        // fit; the L (€118.80), the bag (€144) and the jacket (€178.80) do
        // not, and the S itself is not offered.
        const all = await search()
        expect(all.status).toEqual(200)
        expect(all.data).toEqual(
          expect.objectContaining({
            currency_code: "eur",
            credit: 106.8,
            offset: 0,
            limit: 20,
            has_more: false,
          })
        )
        // By product title, then variant (rank, then title: the seed
        // ranks none).
        expect(names(all.data)).toEqual([
          "Merino Crew Sweater M 94.8",
          "Organic Cotton Tee L 30",
          "Organic Cotton Tee M 30",
          "Organic Cotton Tee S 30",
        ])
        expect(all.data.exchange_variants[3]).toEqual({
          variant_id: tee,
          title: "S",
          product_id: expect.any(String),
          product_title: "Organic Cotton Tee",
          thumbnail: null,
          unit_price: 25,
          unit_total: 30,
          available: expect.any(Number),
        })
        // A title search, and a page with more after it.
        const tees = await search("?q=cotton%20TEE&limit=2")
        expect(names(tees.data)).toEqual([
          "Organic Cotton Tee L 30",
          "Organic Cotton Tee M 30",
        ])
        expect(tees.data.has_more).toEqual(true)
        const next = await search("?q=tee&limit=2&offset=2")
        expect(names(next.data)).toEqual(["Organic Cotton Tee S 30"])
        expect(next.data.has_more).toEqual(false)
        expect(names((await search("?q=jacket")).data)).toEqual([])
        // `%` and `_` are searched as themselves.
        const wildcard = await search(`?q=${encodeURIComponent("Tee%")}`)
        expect(names(wildcard.data)).toEqual([])

        // What is listed is what an "anything" exchange accepts.
        const preview = await api.post(
          "/store/return-requests/preview",
          exchangeBody(tee, "any"),
          headers
        )
        expect(preview.data.preview.exchange).toEqual(
          expect.objectContaining({ allowed: true, difference: -76.8 })
        )

        // Bad input names the field; another customer's order is not found.
        const tooLong = await search(`?q=${"x".repeat(201)}`)
        expect(tooLong.status).toEqual(400)
        expect(tooLong.data.message).toContain("field 'q' too big")
        const tooMany = await search("?limit=51")
        expect(tooMany.status).toEqual(400)
        expect(tooMany.data.message).toContain(
          "field 'limit' too big, expected at most: '50'"
        )
        expect((await search("?order=title")).status).toEqual(400)
        const other = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token
        )
        expect((await search("", other.headers)).status).toEqual(404)

        // The CSR form's route: the same answer for any customer's order.
        const csr = (query: string) =>
          api
            .get(`/admin/return-requests/exchange-variants${query}`, admin)
            .catch((e) => e.response)
        const csrTees = await csr(
          `?order_id=${order.id}&line_item_id=${lineId}&q=tee&limit=2`
        )
        expect(csrTees.status).toEqual(200)
        expect(names(csrTees.data)).toEqual(names(tees.data))
        expect(csrTees.data.has_more).toEqual(true)
        const noLine = await csr(`?order_id=${order.id}`)
        expect(noLine.status).toEqual(400)
        expect(noLine.data.message).toContain("line_item_id")
        const otherLine = await csr(
          `?order_id=${order.id}&line_item_id=ordli_does_not_exist`
        )
        expect(otherLine.status).toEqual(404)

        // A tier whose policy allows no exchange: refused with its reason.
        await lockTier("Bronze", { exchanges_allowed: false })
        const refused = await search()
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toEqual(
          "Exchange not possible: the Bronze tier's policy does not allow exchanges"
        )
      })

      it("the returns report counts the exchanges per tier, their share and the revenue they kept, in JSON, in the rollup and in the CSV", async () => {
        await policy({})
        // No tier: the €106.80 sweater swapped for the €94.80 M, €12 back.
        expect((await requestExchange(sizes.M)).status).toEqual(200)

        // Silver: one unit swapped for the dearer L (all €106.80 kept, the
        // customer pays €12 on top), the other refunded.
        const silver = await lockTier("Silver", { exchanges_allowed: true })
        order = await placeOrder(getContainer(), basics, {
          customer,
          items: [{ variant_id: sizes.S, quantity: 2 }],
        })
        expect((await requestExchange(sizes.L)).status).toEqual(200)
        const refund = await api.post(
          "/store/return-requests",
          {
            order_id: order.id,
            items: [
              {
                line_item_id: order.items[0].id,
                quantity: 1,
                reason_code: "TOO_SMALL",
              },
            ],
          },
          headers
        )
        expect(refund.data.return_request.status).toEqual("approved")

        const today = new Date().toISOString().slice(0, 10)
        const report = async () =>
          (
            await api.get(
              `/admin/return-policies/reports?to=${today}&group_by=day`,
              admin
            )
          ).data.report
        const figures = (r: any) => ({
          totals: {
            requests: r.totals.requests,
            exchanges: r.totals.exchanges,
            exchange_share: r.totals.exchange_share,
            revenue_kept: r.totals.revenue_kept,
          },
          per_tier: r.per_tier.map((t: any) => ({
            tier: t.tier_name,
            requests: t.requests,
            exchanges: t.exchanges,
            exchange_share: t.exchange_share,
            revenue_kept: t.revenue_kept,
          })),
        })
        const expected = {
          totals: {
            requests: 3,
            exchanges: 2,
            exchange_share: 2 / 3,
            revenue_kept: [{ currency_code: "eur", amount: 201.6 }],
          },
          per_tier: [
            {
              tier: "Silver",
              requests: 2,
              exchanges: 1,
              exchange_share: 0.5,
              revenue_kept: [{ currency_code: "eur", amount: 106.8 }],
            },
            {
              tier: "No tier",
              requests: 1,
              exchanges: 1,
              exchange_share: 1,
              revenue_kept: [{ currency_code: "eur", amount: 94.8 }],
            },
          ],
        }
        expect(figures(await report())).toEqual(expected)
        // The same figures once today is rolled up and read from the rollup.
        await refreshReportRollupsWorkflow(getContainer()).run({
          input: undefined,
        })
        expect(figures(await report())).toEqual(expected)

        const csv = await api.get(
          `/admin/return-policies/reports?to=${today}&format=csv`,
          admin
        )
        expect(csv.data).toContain(`per_tier,${silver.id},Silver,exchanges,1`)
        expect(csv.data).toContain(
          `per_tier,${silver.id},Silver,revenue_kept_eur,106.8`
        )
        expect(csv.data).toContain("totals,,,revenue_kept_eur,201.6")
      })
    })
  },
})
