import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  DEMO_PRODUCTS,
  receiveReturn,
  returnAndReceive,
  StoreBasics,
} from "../fixtures"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import {
  notifyRefundIssuedWorkflow,
  notifyReturnRequestWorkflow,
  notifyStoreCreditRefundWorkflow,
} from "../../src/workflows/notifications"
import { useFakeResend } from "../helpers/fake-resend"
import { waitFor } from "../helpers/wait-for"
import { createAdminHeaders } from "../helpers/auth"
import {
  placeTeeAndMerinoOrder,
  seedOncePerFile,
  seedShop,
  seedStandardPolicy,
} from "../helpers/shop"
import { pdfText } from "../helpers/pdf-text"

jest.setTimeout(180 * 1000)

const resend = useFakeResend()
const emails = resend.emails

const TEE = DEMO_PRODUCTS[3].title
const MERINO = DEMO_PRODUCTS[0].title

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    const { api, getContainer, utils } = options
    let basics: StoreBasics
    let customer: { id: string; email: string }
    let headers: Record<string, any>
    let admin: Record<string, any>
    let order: { id: string; display_id: number }
    let lines: Record<"tee" | "merino", { id: string }>
    let paymentId: string

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ basics, customer, headers, admin } = await seedShop(container, api, {
        first_name: "Vera",
      }))

      // The return address in the approval email is the warehouse's own.
      await container
        .resolve(Modules.STOCK_LOCATION)
        .updateStockLocations(basics.stockLocation.id, {
          address: {
            address_1: "Returns dock 4, Industrivej 12",
            postal_code: "2600",
            city: "Glostrup",
            country_code: "dk",
          },
        })

      await seedStandardPolicy(container, [
        { code: "TOO_SMALL", label: "Too small" },
        { code: "DAMAGED", label: "Arrived damaged", requires_review: true },
      ])

      const placed = await placeTeeAndMerinoOrder(container, basics, customer)
      ;({ order, lines } = placed)
      paymentId = placed.order.payment_ids[0]
      // Order confirmation and shipping events of the fixture are not ours.
      await utils.waitWorkflowExecutions()
      resend.server().reset()
    })

    beforeEach(() => {
      resend.server().reset()
    })

    const request = async (items: Record<string, unknown>[]) => {
      const res = await api
        .post("/store/return-requests", { order_id: order.id, items }, headers)
        .catch((e) => e.response)
      expect(res.status).toEqual(200)
      return res.data.return_request as {
        id: string
        rma_number: string
        status: string
        return_id: string | null
        refund_estimate: { refund_total: number }
      }
    }

    const sentFor = async (entityId: string) => {
      const { data } = await api.get(
        `/admin/notifications-log?entity_id=${entityId}&status=sent`,
        admin
      )
      return data.notification_attempts as Record<string, any>[]
    }

    const settle = async (entityId: string, count: number, what: string) => {
      await waitFor(async () => (await sentFor(entityId)).length >= count, what)
      await utils.waitWorkflowExecutions()
    }

    it("an auto-approved request: one received and one approved email with the real RMA, items and return method", async () => {
      const rr = await request([
        { line_item_id: lines.tee.id, quantity: 1, reason_code: "TOO_SMALL" },
      ])
      expect(rr.status).toEqual("approved")
      await settle(rr.id, 2, "the received and approved emails")

      const received = emails(
        `We received your return request ${rr.rma_number}`
      )
      expect(received).toHaveLength(1)
      expect(received[0].body.to).toEqual(customer.email)
      expect(received[0].body.html).toContain(rr.rma_number)
      expect(received[0].body.html).toContain(`#${order.display_id}`)
      expect(received[0].body.html).toContain(TEE)
      expect(received[0].body.html).toContain("Too small")
      expect(received[0].body.html).toContain("already approved")

      const approved = emails(`Your return ${rr.rma_number} is approved`)
      expect(approved).toHaveLength(1)
      const html = String(approved[0].body.html)
      expect(html).toContain("Return shipping")
      expect(html).toContain("Returns dock 4, Industrivej 12")
      expect(html).toContain("2600 Glostrup")
      expect(html).toContain("Please send your items by")
      expect(html).toContain(TEE)
      // What comes back, as the page and the request said: the tee (€25 +
      // 20% VAT) less €6 return shipping.
      expect(rr.refund_estimate).toEqual(
        expect.objectContaining({
          items_total: 30,
          return_shipping: 6,
          refund_total: 24,
        })
      )
      const text = String(approved[0].body.text)
      expect(text).toMatch(/Items\s+€30\.00/)
      expect(text).toMatch(/Return shipping\s+-€6\.00/)
      expect(text).toMatch(/Total refund\s+€24\.00/)
      expect(text).toMatch(/Refund method\s+Original payment method/)
      expect(emails()).toHaveLength(2)

      // The same events delivered again send nothing more.
      for (const [event, milestone] of [
        ["return_request.created", "received"],
        ["return_request.approved", "approved"],
      ] as const) {
        const { result } = await notifyReturnRequestWorkflow(
          getContainer()
        ).run({ input: { event, milestone, data: { id: rr.id } } })
        expect(result).toEqual(
          expect.objectContaining({ status: "skipped", skipped: "duplicate" })
        )
      }
      expect(emails()).toHaveLength(2)

      // A late or replayed pending_review of an approved request is not
      // sent: the customer is not told an approved return is under review.
      const late = await notifyReturnRequestWorkflow(getContainer()).run({
        input: {
          event: "return_request.pending_review",
          milestone: "pending_review",
          data: { id: rr.id },
        },
      })
      expect(late.result).toBeNull()
      expect(emails()).toHaveLength(2)

      const log = (
        await api.get(`/admin/notifications-log?entity_id=${rr.id}`, admin)
      ).data.notification_attempts
      expect(log.map((a) => a.idempotency_key).sort()).toEqual([
        `return_request.approved:${rr.id}:return-approved`,
        `return_request.created:${rr.id}:return-request-received`,
      ])
    })

    it("a request a CSR enters: the receipt with its PDF instead of the received email, then the approval", async () => {
      const res = await api
        .post(
          "/admin/return-requests",
          {
            order_id: order.id,
            channel: "phone",
            contact_confirmed: true,
            items: [
              {
                line_item_id: lines.tee.id,
                quantity: 1,
                reason_code: "TOO_SMALL",
                condition: "opened",
              },
            ],
          },
          admin
        )
        .catch((e) => e.response)
      expect(res.data.message).toBeUndefined()
      expect(res.status).toEqual(200)
      const rr = res.data.return_request
      expect(rr.status).toEqual("approved")
      await settle(rr.id, 2, "the receipt and approval emails")

      const receipts = emails(`Receipt for your return ${rr.rma_number}`)
      expect(receipts).toHaveLength(1)
      const receipt = receipts[0].body
      expect(receipt.to).toEqual(customer.email)
      expect(receipt.html).toContain("Ada Admin")
      expect(receipt.html).toContain(TEE)
      expect(receipt.html).toContain("€24.00")
      const [pdf] = receipt.attachments as Record<string, string>[]
      expect(pdf).toEqual(
        expect.objectContaining({
          filename: `${rr.rma_number}.pdf`,
          content_type: "application/pdf",
        })
      )
      expect(
        Buffer.from(pdf.content, "base64").subarray(0, 5).toString()
      ).toEqual("%PDF-")
      expect(
        emails(`We received your return request ${rr.rma_number}`)
      ).toHaveLength(0)
      expect(emails(`Your return ${rr.rma_number} is approved`)).toHaveLength(1)
      expect(emails()).toHaveLength(2)
    })

    it("a CSR receipt in store credit: the credited total of the PDF, and the agent by name, never by login", async () => {
      const container = getContainer()
      const policies = container.resolve(RETURN_POLICY_MODULE)
      const [policy] = await policies.listReturnPolicies({ name: "Standard" })
      await policies.updateReturnPolicies({
        id: policy.id,
        store_credit_bonus_percent: 10,
      })
      const csr = await createAdminHeaders(container, api)
      await container
        .resolve(Modules.USER)
        .updateUsers({ id: csr.user.id, first_name: null, last_name: null })

      const res = await api
        .post(
          "/admin/return-requests",
          {
            order_id: order.id,
            channel: "phone",
            contact_confirmed: true,
            refund_method: "store_credit",
            items: [
              {
                line_item_id: lines.tee.id,
                quantity: 1,
                reason_code: "TOO_SMALL",
                condition: "opened",
              },
            ],
          },
          csr.headers
        )
        .catch((e) => e.response)
      expect(res.data.message).toBeUndefined()
      const rr = res.data.return_request
      await settle(rr.id, 2, "the receipt and approval emails")

      // €30 less €6 return shipping = €24, plus a 10% bonus: €26.40.
      expect(rr.refund_estimate).toEqual(
        expect.objectContaining({
          refund_total: 24,
          store_credit_bonus: 2.4,
          credited_total: 26.4,
        })
      )
      const [receipt] = emails(`Receipt for your return ${rr.rma_number}`)
      const text = String(receipt.body.text)
      expect(text).toContain(
        "Our customer service team registered this return for you by phone."
      )
      expect(JSON.stringify(receipt.body)).not.toContain(csr.user.email)
      expect(text).toMatch(/Refund\s+€24\.00/)
      expect(text).toMatch(/Store credit bonus\s+€2\.40/)
      expect(text).toMatch(/Total store credit\s+€26\.40/)

      // The PDF attached says the same total and no agent login.
      const [pdf] = receipt.body.attachments as Record<string, string>[]
      const pdfBody = pdfText(Buffer.from(pdf.content, "base64"))
      expect(pdfBody).toContain("Total: €26.40 (store credit)")
      expect(pdfBody).toContain("Channel: phone\n")
      expect(pdfBody).not.toContain(csr.user.email)
    })

    it("a held request: received and pending-review emails, then a rejection with the staff's note", async () => {
      const rr = await request([
        { line_item_id: lines.merino.id, quantity: 1, reason_code: "DAMAGED" },
      ])
      expect(rr.status).toEqual("pending_review")
      await settle(rr.id, 2, "the received and pending review emails")

      const received = emails(
        `We received your return request ${rr.rma_number}`
      )
      expect(received).toHaveLength(1)
      expect(received[0].body.html).toContain(MERINO)
      expect(received[0].body.html).toContain("Arrived damaged")
      expect(received[0].body.html).toContain(
        "as soon as your request is reviewed"
      )

      const review = emails(`Your return ${rr.rma_number} is being reviewed`)
      expect(review).toHaveLength(1)
      expect(review[0].body.html).toMatch(/DAMAGED|review/i)
      expect(emails()).toHaveLength(2)

      const reject = await api
        .post(
          `/admin/return-requests/${rr.id}/reject`,
          { note: "The photos show wear from use." },
          admin
        )
        .catch((e) => e.response)
      expect(reject.status).toEqual(200)
      await settle(rr.id, 3, "the rejection email")

      const rejected = emails(`Update on your return ${rr.rma_number}`)
      expect(rejected).toHaveLength(1)
      expect(rejected[0].body.html).toContain("The photos show wear from use.")
      expect(rejected[0].body.html).toContain("dispute this decision")
      expect(emails()).toHaveLength(3)

      const again = await notifyReturnRequestWorkflow(getContainer()).run({
        input: {
          event: "return_request.rejected",
          milestone: "rejected",
          data: { id: rr.id },
        },
      })
      expect(again.result?.skipped).toEqual("duplicate")
      expect(emails()).toHaveLength(3)
    })

    it("a held request approved by staff: one approval email", async () => {
      const rr = await request([
        {
          line_item_id: lines.merino.id,
          quantity: 2,
          reason_code: "TOO_SMALL",
        },
      ])
      expect(rr.status).toEqual("pending_review")
      await settle(rr.id, 2, "the first two emails")

      const approve = await api
        .post(`/admin/return-requests/${rr.id}/approve`, {}, admin)
        .catch((e) => e.response)
      expect(approve.status).toEqual(200)
      await settle(rr.id, 3, "the approval email")

      const approved = emails(`Your return ${rr.rma_number} is approved`)
      expect(approved).toHaveLength(1)
      expect(approved[0].body.html).toContain("Return shipping")
      expect(approved[0].body.html).toContain("Returns dock 4, Industrivej 12")
      expect(approved[0].body.html).toContain(MERINO)
      expect(emails()).toHaveLength(3)
    })

    it("received items and Medusa's refund: the RMA and the real refunded amount, once per refund", async () => {
      const rr = await request([
        { line_item_id: lines.tee.id, quantity: 1, reason_code: "TOO_SMALL" },
      ])
      await settle(rr.id, 2, "the request emails")
      resend.server().reset()

      const container = getContainer()
      const items = [{ id: lines.tee.id, quantity: 1 }]
      await receiveReturn(container, { return_id: rr.return_id!, items })
      await settle(rr.return_id!, 1, "the items received email")
      const receivedItems = emails(
        `We received the items for return ${rr.rma_number}`
      )
      expect(receivedItems).toHaveLength(1)

      // €25 + 20% VAT less the €6 return shipping: what the policy promised.
      expect(rr.refund_estimate.refund_total).toEqual(24)
      await refundPaymentWorkflow(container).run({
        input: { payment_id: paymentId, amount: 24, created_by: "user_test" },
      })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [payment],
      } = await query.graph({
        entity: "payment",
        fields: ["refunds.id"],
        filters: { id: paymentId },
      })
      const refundId = payment.refunds![0]!.id
      await settle(refundId, 1, "the refund email")

      const refunds = emails(/^Your refund of .* is on its way$/)
      expect(refunds).toHaveLength(1)
      expect(refunds[0].body.subject).toEqual(
        "Your refund of €24.00 is on its way"
      )
      expect(refunds[0].body.to).toEqual(customer.email)
      expect(refunds[0].body.html).toContain(rr.rma_number)
      expect(refunds[0].body.html).toContain("Original payment method")
      expect(emails()).toHaveLength(2)

      // `payment.refunded` delivered twice sends one email.
      const again = await notifyRefundIssuedWorkflow(container).run({
        input: { id: paymentId },
      })
      expect(again.result?.skipped).toEqual("duplicate")
      expect(emails()).toHaveLength(2)

      // A second refund of the same payment is a new milestone: its own email.
      await refundPaymentWorkflow(container).run({
        input: { payment_id: paymentId, amount: 5.5, created_by: "user_test" },
      })
      await waitFor(
        () => emails("Your refund of €5.50 is on its way").length,
        "the second refund email"
      )
      await utils.waitWorkflowExecutions()
      expect(emails(/^Your refund of/)).toHaveLength(2)
    })

    it("a refund in store credit: one email with the credited amount and its code", async () => {
      // A tier bonus on store credit: the email must say refund + bonus.
      const policies = getContainer().resolve(RETURN_POLICY_MODULE)
      const [policy] = await policies.listReturnPolicies({ name: "Standard" })
      await policies.updateReturnPolicies({
        id: policy.id,
        store_credit_bonus_percent: 15,
      })
      const res = await api
        .post(
          "/store/return-requests",
          {
            order_id: order.id,
            refund_method: "store_credit",
            items: [
              {
                line_item_id: lines.tee.id,
                quantity: 1,
                reason_code: "TOO_SMALL",
              },
            ],
          },
          headers
        )
        .catch((e) => e.response)
      expect(res.status).toEqual(200)
      const rr = res.data.return_request
      await settle(rr.id, 2, "the request emails")
      resend.server().reset()

      const container = getContainer()
      const items = [{ id: lines.tee.id, quantity: 1 }]
      await receiveReturn(container, { return_id: rr.return_id, items })
      await waitFor(
        () => emails(/in store credit has been added/).length,
        "the store credit email"
      )
      await utils.waitWorkflowExecutions()

      const credited = await container
        .resolve(RETURN_POLICY_MODULE)
        .retrieveReturnRequest(rr.id)
      const credit = (credited.metadata as Record<string, any>).store_credit
      const sent = emails(/in store credit has been added/)
      expect(sent).toHaveLength(1)
      // Tee €25 + 20% VAT = €30, less the €6 return shipping: €24 refunded,
      // 15% bonus €3.60, €27.60 credited.
      const estimate = rr.refund_estimate
      expect(estimate.refund_total).toEqual(24)
      expect(estimate.store_credit_bonus).toEqual(3.6)
      expect(Number(credit.amount)).toEqual(27.6)
      expect(sent[0].body.subject).toEqual(
        "€27.60 in store credit has been added to your account"
      )
      const text = String(sent[0].body.text)
      expect(text).toMatch(/Refund amount\s+€24\.00/)
      expect(text).toMatch(/Store credit bonus\s+€3\.60/)
      expect(text).toMatch(/Total store credit\s+€27\.60/)
      expect(sent[0].body.html).toContain(rr.rma_number)
      if (credit.kind === "promotion") {
        expect(sent[0].body.html).toContain(credit.code)
      }
      const again = await notifyStoreCreditRefundWorkflow(container).run({
        input: { id: rr.id },
      })
      expect(again.result?.skipped).toEqual("duplicate")
      expect(emails(/in store credit has been added/)).toHaveLength(1)
    })

    it("a return staff create with Medusa's own flow: one approval email with Medusa's return number", async () => {
      const { return_id } = await returnAndReceive(getContainer(), basics, {
        order_id: order.id,
        items: [{ id: lines.tee.id, quantity: 1 }],
      })
      await settle(return_id, 2, "the approval and items received emails")

      const approved = emails(
        new RegExp(`^Your return #${order.display_id}-R\\d+ is approved$`)
      )
      expect(approved).toHaveLength(1)
      expect(approved[0].body.html).toContain("Return shipping")
      expect(approved[0].body.html).toContain("Returns dock 4, Industrivej 12")
      expect(approved[0].body.html).toContain(TEE)
      expect(
        emails(/^We received the items for return #\d+-R\d+$/)
      ).toHaveLength(1)
      expect(emails()).toHaveLength(2)
    })

    it("a refund on an order without a return sends no refund email", async () => {
      const { result } = await (async () => {
        await refundPaymentWorkflow(getContainer()).run({
          input: { payment_id: paymentId, amount: 3, created_by: "user_test" },
        })
        return notifyRefundIssuedWorkflow(getContainer()).run({
          input: { id: paymentId },
        })
      })()
      expect(result).toBeNull()
      await utils.waitWorkflowExecutions()
      expect(emails(/^Your refund of/)).toHaveLength(0)
    })
  },
})
