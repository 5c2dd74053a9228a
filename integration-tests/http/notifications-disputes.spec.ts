import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder, StoreBasics } from "../fixtures"
import { notifyDisputeWorkflow } from "../../src/workflows/notifications"
import { useFakeResend } from "../helpers/fake-resend"
import { waitFor } from "../helpers/wait-for"
import { seedOncePerFile, seedShop, seedStandardPolicy } from "../helpers/shop"

jest.setTimeout(180 * 1000)

// medusa-config.ts reads it when the app boots: this suite's emails link
// to a storefront (notifications.storefront_url).
const STOREFRONT = "https://shop.test"
process.env.RMS_STOREFRONT_URL = STOREFRONT

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
    let order: { id: string; display_id: number }
    let merinoLine: string

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ basics, customer, headers, admin } = await seedShop(container, api, {
        first_name: "Dana",
      }))
      await seedStandardPolicy(container)
      const placed = await placeOrder(container, basics, {
        customer,
        items: [{ variant_id: basics.variants[0].id, quantity: 2 }],
      })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [found],
      } = await query.graph({
        entity: "order",
        fields: ["id", "display_id", "items.id"],
        filters: { id: placed.id },
      })
      order = { id: found.id, display_id: found.display_id! }
      merinoLine = found.items[0]!.id
      await utils.waitWorkflowExecutions()
      resend.server().reset()
    })

    beforeEach(() => {
      resend.server().reset()
    })

    const post = (url: string, body: unknown, h: Record<string, any>) =>
      api.post(url, body, h).catch((e) => e.response)

    const sentFor = async (entityId: string) =>
      (
        await api.get(
          `/admin/notifications-log?entity_id=${entityId}&status=sent`,
          admin
        )
      ).data.notification_attempts as Record<string, any>[]

    const settle = async (entityId: string, what: string) => {
      await waitFor(async () => (await sentFor(entityId)).length, what)
      await utils.waitWorkflowExecutions()
    }

    const rejectedRequest = async () => {
      const res = await post(
        "/store/return-requests",
        {
          order_id: order.id,
          items: [
            { line_item_id: merinoLine, quantity: 2, reason_code: "TOO_SMALL" },
          ],
        },
        headers
      )
      expect(res.status).toEqual(200)
      const rejected = await post(
        `/admin/return-requests/${res.data.return_request.id}/reject`,
        { note: "Worn, tags removed" },
        admin
      )
      expect(rejected.status).toEqual(200)
      // Its own emails (received, pending review, rejected) are not ours.
      await waitFor(
        async () => (await sentFor(res.data.return_request.id)).length >= 3,
        "the return request emails"
      )
      await utils.waitWorkflowExecutions()
      return rejected.data.return_request as { id: string; rma_number: string }
    }

    it("opened, a staff reply (not internal notes or the customer's messages), resolved: one email each", async () => {
      const rr = await rejectedRequest()
      resend.server().reset()

      const opened = await post(
        "/store/disputes",
        {
          order_id: order.id,
          return_request_id: rr.id,
          reason_category: "rejected_return",
          claim: "The tags are still on, see the photos.",
        },
        headers
      )
      expect(opened.status).toEqual(200)
      const dispute = opened.data.dispute
      await settle(dispute.id, "the dispute opened email")

      const openedEmails = emails(
        `We received your dispute about return ${rr.rma_number}`
      )
      expect(openedEmails).toHaveLength(1)
      expect(openedEmails[0].body.to).toEqual(customer.email)
      expect(openedEmails[0].body.html).toContain(dispute.number)
      expect(openedEmails[0].body.html).toContain(
        "The tags are still on, see the photos."
      )
      expect(openedEmails[0].body.html).toContain("We aim to reply by")
      expect(openedEmails[0].body.html).toContain(
        `${STOREFRONT}/account/disputes/${dispute.id}`
      )

      // An internal note and the customer's own message send nothing.
      expect(
        (
          await post(
            `/admin/disputes/${dispute.id}/messages`,
            { body: "Check the warehouse photos first.", internal: true },
            admin
          )
        ).status
      ).toEqual(200)
      expect(
        (
          await post(
            `/store/disputes/${dispute.id}/messages`,
            { body: "Any news?" },
            headers
          )
        ).status
      ).toEqual(200)

      const reply = await post(
        `/admin/disputes/${dispute.id}/messages`,
        { body: "You are right, we will refund part of it." },
        admin
      )
      expect(reply.status).toEqual(200)
      await settle(reply.data.message.id, "the staff reply email")

      const replies = emails(`New reply about your return ${rr.rma_number}`)
      expect(replies).toHaveLength(1)
      expect(replies[0].body.html).toContain(
        "You are right, we will refund part of it."
      )
      expect(replies[0].body.html).toContain("Ada replied to your dispute")
      expect(JSON.stringify(emails())).not.toContain("warehouse photos")
      expect(emails().map((e) => e.body.subject)).toEqual([
        `We received your dispute about return ${rr.rma_number}`,
        `New reply about your return ${rr.rma_number}`,
      ])

      // The note is extra: the outcome and the amount stay in the email.
      const resolved = await post(
        `/admin/disputes/${dispute.id}/resolve`,
        {
          kind: "partial_refund",
          amount: 12.5,
          note: "The tags were on, sorry for the trouble.",
        },
        admin
      )
      expect(resolved.status).toEqual(200)
      await waitFor(
        () =>
          emails(`Your dispute about return ${rr.rma_number} is resolved`)
            .length,
        "the resolution email"
      )
      await utils.waitWorkflowExecutions()

      const resolution = emails(
        `Your dispute about return ${rr.rma_number} is resolved`
      )
      expect(resolution).toHaveLength(1)
      expect(resolution[0].body.html).toContain(
        "Partly resolved in your favour"
      )
      const resolutionText = String(resolution[0].body.text)
      expect(resolutionText).toContain("Partly resolved in your favour")
      expect(resolutionText).toMatch(/Amount refunded\s+€12\.50/)
      expect(resolutionText).toContain("We refunded €12.50.")
      expect(resolutionText).toContain(
        "A note from our team: The tags were on, sorry for the trouble."
      )
      expect(resolution[0].body.html).toContain(
        `${STOREFRONT}/account/disputes/${dispute.id}?rate=1`
      )

      // Redelivered events send nothing more.
      for (const [event, milestone, data] of [
        ["dispute.opened", "opened", { id: dispute.id }],
        [
          "dispute.message_added",
          "staff_reply",
          {
            id: dispute.id,
            message_id: reply.data.message.id,
            author_type: "staff",
            internal: false,
          },
        ],
        ["dispute.resolved", "resolved", { id: dispute.id }],
      ] as const) {
        const { result } = await notifyDisputeWorkflow(getContainer()).run({
          input: { event, milestone, data },
        })
        expect(result?.skipped).toEqual("duplicate")
      }
      // The rejected request has no native return: no refund email either.
      expect(emails(/^Your refund of/)).toHaveLength(0)
      expect(emails()).toHaveLength(3)
    })

    it("a dispute about an order names the order", async () => {
      const opened = await post(
        "/store/disputes",
        {
          order_id: order.id,
          reason_category: "missing_item",
          claim: "One sweater was missing from the parcel.",
        },
        headers
      )
      expect(opened.status).toEqual(200)
      await settle(opened.data.dispute.id, "the dispute opened email")
      expect(
        emails(`We received your dispute about order #${order.display_id}`)
      ).toHaveLength(1)
    })

    it("a dispute's goodwill refund on an order with a return: the dispute's email says it, no return-refund email", async () => {
      // An approved return on the order: its native return exists.
      const request = await post(
        "/store/return-requests",
        {
          order_id: order.id,
          items: [
            { line_item_id: merinoLine, quantity: 1, reason_code: "TOO_SMALL" },
          ],
        },
        headers
      )
      expect(request.status).toEqual(200)
      const rr = request.data.return_request
      if (rr.status !== "approved") {
        const approved = await post(
          `/admin/return-requests/${rr.id}/approve`,
          {},
          admin
        )
        expect(approved.status).toEqual(200)
      }
      await waitFor(
        async () =>
          (await api.get(`/admin/return-requests/${rr.id}`, admin)).data
            .return_request.return_id,
        "the native return"
      )
      await utils.waitWorkflowExecutions()

      const opened = await post(
        "/store/disputes",
        {
          order_id: order.id,
          reason_category: "late_refund",
          claim: "The parcel was late, I would like a goodwill gesture.",
        },
        headers
      )
      expect(opened.status).toEqual(200)
      const dispute = opened.data.dispute
      await settle(dispute.id, "the dispute opened email")
      resend.server().reset()

      const resolved = await post(
        `/admin/disputes/${dispute.id}/resolve`,
        { kind: "partial_refund", amount: 7.25 },
        admin
      )
      expect(resolved.status).toEqual(200)
      const subject = `Your dispute about order #${order.display_id} is resolved`
      await waitFor(() => emails(subject).length, "the resolution email")
      await utils.waitWorkflowExecutions()

      expect(String(emails(subject)[0].body.text)).toMatch(
        /Amount refunded\s+€7\.25/
      )
      // Medusa recorded the refund, and the refund email stayed quiet.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [refunded],
      } = await query.graph({
        entity: "dispute",
        fields: ["refund_ids"],
        filters: { id: dispute.id },
      })
      expect(refunded.refund_ids).toHaveLength(1)
      expect(emails(/^Your refund of/)).toHaveLength(0)
      expect(JSON.stringify(emails())).not.toContain(rr.rma_number)
      expect(emails()).toHaveLength(1)
    })

    it("fills a template for a reply on the server and refuses to send braces to the customer", async () => {
      const opened = await post(
        "/store/disputes",
        {
          order_id: order.id,
          reason_category: "refund_amount",
          claim: "The refund was short.",
        },
        headers
      )
      expect(opened.status).toEqual(200)
      const dispute = opened.data.dispute
      const template = (
        await post(
          "/admin/policy-templates",
          {
            title: "Goodwill",
            body: "Dear {{customer_name}}, for order #{{order_number}} ({{dispute_number}}) we refund {{amount}}.",
            reason_categories: ["refund_amount"],
          },
          admin
        )
      ).data.policy_template

      const url = `/admin/disputes/${dispute.id}/policy-templates/${template.id}/render`
      const filled = await api.get(`${url}?amount=12.5`, admin)
      expect(filled.data).toEqual({
        policy_template: { id: template.id, title: "Goodwill" },
        body: expect.stringContaining(
          `, for order #${order.display_id} (${dispute.number}) we refund €12.50.`
        ),
        missing: [],
      })
      expect(filled.data.body).toMatch(/^Dear Dana\b/)

      // No amount drafted yet: it stays, and the admin is told.
      const partial = await api.get(url, admin)
      expect(partial.data.missing).toEqual(["amount"])
      expect(partial.data.body).toContain("we refund {{amount}}.")
      const badAmount = await api
        .get(`${url}?amount=lots`, admin)
        .catch((e) => e.response)
      expect(badAmount.status).toEqual(400)
      expect(badAmount.data.message).toContain("amount")

      // Sending it as is: refused to the customer, naming the field...
      const reply = await post(
        `/admin/disputes/${dispute.id}/messages`,
        { body: partial.data.body },
        admin
      )
      expect(reply.status).toEqual(400)
      expect(reply.data.message).toContain("body: replace {{amount}}")
      // ...but an internal note may keep it.
      const note = await post(
        `/admin/disputes/${dispute.id}/messages`,
        { body: partial.data.body, internal: true },
        admin
      )
      expect(note.status).toEqual(200)
      const fromCustomer = await post(
        `/store/disputes/${dispute.id}/messages`,
        { body: "Is it {{amount}} then?" },
        headers
      )
      expect(fromCustomer.status).toEqual(400)
      expect(fromCustomer.data.message).toContain("body:")

      const resolve = await post(
        `/admin/disputes/${dispute.id}/resolve`,
        { kind: "partial_refund", amount: 3, note: "We refund {{amount}}." },
        admin
      )
      expect(resolve.status).toEqual(400)
      expect(resolve.data.message).toContain("note: replace {{amount}}")
      const after = await api.get(`/admin/disputes/${dispute.id}`, admin)
      expect(after.data.dispute.status).not.toEqual("resolved")
      expect(after.data.case_file.order.refunded_total).toEqual(0)

      await utils.waitWorkflowExecutions()
      expect(JSON.stringify(emails())).not.toContain("{{")
    })
  },
})
