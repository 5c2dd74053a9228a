import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder, seedStoreBasics, StoreBasics } from "../fixtures"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import { notifyDisputeWorkflow } from "../../src/workflows/notifications"
import { useFakeResend } from "../helpers/fake-resend"
import { waitFor } from "../helpers/wait-for"
import { createAdminHeaders, createCustomerHeaders } from "../helpers/auth"

jest.setTimeout(180 * 1000)

const resend = useFakeResend()
const emails = resend.emails

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let basics: StoreBasics
    let customer: { id: string; email: string }
    let headers: Record<string, any>
    let admin: Record<string, any>
    let order: { id: string; display_id: number }
    let merinoLine: string

    beforeEach(async () => {
      resend.server().reset()
      const container = getContainer()
      basics = await seedStoreBasics(container)
      ;({ customer, headers } = await createCustomerHeaders(
        container,
        api,
        basics.publishableKey.token,
        { first_name: "Dana" }
      ))
      ;({ headers: admin } = await createAdminHeaders(container, api))
      const policies = container.resolve(RETURN_POLICY_MODULE)
      await policies.createReturnPolicies({
        name: "Standard",
        tier_id: null,
        return_window_days: 30,
        auto_approve_max_amount: 100,
        restocking_fee_percent: 0,
      })
      await policies.createReturnReasonCodes([
        { code: "TOO_SMALL", label: "Too small" },
      ])
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

      const resolved = await post(
        `/admin/disputes/${dispute.id}/resolve`,
        { kind: "partial_refund", amount: 12.5 },
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
      expect(resolution[0].body.html).toContain("We refunded €12.50.")

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
  },
})
