import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  DEMO_PRODUCTS,
  placeOrder,
  returnAndReceive,
  StoreBasics,
} from "../fixtures"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../src/modules/customer-notification"
import type CustomerNotificationModuleService from "../../src/modules/customer-notification/service"
import { resendIdempotencyKey } from "../../src/providers/resend"
import {
  notifyLoyaltyTierChangedWorkflow,
  notifyRewardRedeemedWorkflow,
  retryCustomerNotificationWorkflowId,
  sendCustomerNotificationWorkflow,
  type SendCustomerNotificationWorkflowInput,
} from "../../src/workflows/notifications"
import { useFakeResend } from "../helpers/fake-resend"
import { waitFor } from "../helpers/wait-for"
import { createCustomerHeaders } from "../helpers/auth"
import { seedOncePerFile, seedShop } from "../helpers/shop"

jest.setTimeout(180 * 1000)

// medusa-config.ts reads it when the runner's beforeAll loads the config,
// after this line: this suite asserts the engine's retries, which the test
// app leaves off (max_retries 0) for the other suites.
const MAX_RETRIES = 3
process.env.RMS_NOTIFICATION_MAX_RETRIES = String(MAX_RETRIES)
afterAll(() => {
  delete process.env.RMS_NOTIFICATION_MAX_RETRIES
})

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

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ basics, customer, headers, admin } = await seedShop(container, api, {
        first_name: "Vera",
      }))
    })

    beforeEach(() => {
      resend.server().reset()
    })

    const createReward = async (body: Record<string, unknown> = {}) =>
      (
        await api.post(
          "/admin/loyalty/rewards",
          {
            name: "10% off your next order",
            points_cost: 100,
            kind: "percent_off",
            value: 10,
            ...body,
          },
          admin
        )
      ).data.reward

    const credit = async (points: number, customerId = customer.id) =>
      api.post(
        `/admin/loyalty/accounts/${customerId}/adjust`,
        { points, reason: "Test credit" },
        admin
      )

    const redeem = async (rewardId: string, h = headers) =>
      (
        await api.post(
          "/store/customers/me/loyalty/redemptions",
          { reward_id: rewardId },
          h
        )
      ).data.redemption

    const attempts = async (params: Record<string, string>) =>
      (
        await api.get(
          `/admin/notifications-log?${new URLSearchParams(params)}`,
          admin
        )
      ).data.notification_attempts as Record<string, any>[]

    const feed = async (h = headers) =>
      (await api.get("/store/customers/me/notifications", h)).data

    const rewardMessage = (
      overrides: Partial<SendCustomerNotificationWorkflowInput> = {}
    ): SendCustomerNotificationWorkflowInput => ({
      event: "loyalty.reward_redeemed",
      entity_type: "loyalty_redemption",
      entity_id: `lrdm_test_${Math.random().toString(36).slice(2)}`,
      customer_id: customer.id,
      template: "reward-redeemed",
      data: { reward_name: "Free tote bag", code: "RWD-TESTCODE23" },
      transactional: true,
      ...overrides,
    })

    /**
     * Waits for the retry run of a failed email to end on the workflow
     * engine (its execution is stored) and returns its state.
     */
    const retryRun = async (transactionId: string | null) => {
      const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
      return await waitFor(
        async () =>
          (
            await engine.listWorkflowExecutions({
              workflow_id: retryCustomerNotificationWorkflowId,
              transaction_id: transactionId!,
            })
          ).find((e) => e.state === "done" || e.state === "failed"),
        "the retry run"
      )
    }

    const attemptTrail = (log: Record<string, any>[]) =>
      log
        .map((a) => `${a.channel}:${a.status}:${a.attempt}`)
        .sort((a, b) => (a < b ? -1 : 1))

    describe("reward redeemed", () => {
      it("emails the code once, with the Resend Idempotency-Key", async () => {
        const reward = await createReward()
        await credit(250)
        const redemption = await redeem(reward.id)

        const key = `loyalty.reward_redeemed:${redemption.id}:reward-redeemed`
        await waitFor(
          async () =>
            (await attempts({ idempotency_key: key })).some(
              (a) => a.status === "sent"
            ),
          "the reward email"
        )

        expect(emails()).toHaveLength(1)
        const [email] = emails()
        expect(email.body.subject).toEqual(
          "Your reward: 10% off your next order"
        )
        expect(email.body.to).toEqual(customer.email)
        expect(email.body.html).toContain(redemption.code)
        expect(email.body.html).toContain("Vera")
        expect(email.headers["idempotency-key"]).toEqual(
          resendIdempotencyKey({ idempotency_key: key })
        )

        const log = await attempts({ idempotency_key: key })
        expect(log).toEqual([
          expect.objectContaining({
            channel: "email",
            status: "sent",
            attempt: 1,
            template: "reward-redeemed",
            entity_type: "loyalty_redemption",
            entity_id: redemption.id,
            customer_id: customer.id,
            recipient: `c***@${customer.email.split("@")[1]}`,
            notification_id: expect.stringMatching(/^noti_/),
            external_id: expect.stringMatching(/^email_/),
          }),
        ])
        expect(JSON.stringify(log)).not.toContain(customer.email)

        // The same event delivered again sends nothing more.
        const again = await notifyRewardRedeemedWorkflow(getContainer()).run({
          input: {
            id: redemption.id,
            customer_id: customer.id,
            reward_id: reward.id,
            code: redemption.code,
            points: 100,
          },
        })
        expect(again.result).toEqual(
          expect.objectContaining({ status: "skipped", skipped: "duplicate" })
        )
        expect(emails()).toHaveLength(1)
      })

      it("sends one email when the same input runs twice, even concurrently", async () => {
        const input = rewardMessage()
        const results = await Promise.all([
          sendCustomerNotificationWorkflow(getContainer()).run({ input }),
          sendCustomerNotificationWorkflow(getContainer()).run({ input }),
        ])
        const third = await sendCustomerNotificationWorkflow(
          getContainer()
        ).run({ input })

        expect(
          results.map((r) => r.result.status).sort((a, b) => (a < b ? -1 : 1))
        ).toEqual(["sent", "skipped"])
        expect(third.result).toEqual(
          expect.objectContaining({ status: "skipped", skipped: "duplicate" })
        )
        expect(emails()).toHaveLength(1)
        expect(emails()[0].body.html).toContain("RWD-TESTCODE23")
      })
    })

    describe("retries and fallback", () => {
      it("runs with the suite's retries (RMS_NOTIFICATION_MAX_RETRIES)", async () => {
        const settings = await getContainer()
          .resolve<CustomerNotificationModuleService>(
            CUSTOMER_NOTIFICATION_MODULE
          )
          .getSettings()
        expect(settings.max_retries).toEqual(MAX_RETRIES)
      })

      it("lets go of the notification's lock before the retry run is stored, and not again after", async () => {
        resend.server().failNext(4, 500)
        const { result, transaction } = await sendCustomerNotificationWorkflow(
          getContainer()
        ).run({ input: rewardMessage() })
        expect(result.status).toEqual("retrying")

        // A sender that died between the two would leave every retry waiting
        // out the lock; one that released after could free the retry run's.
        const steps = Object.values(transaction.getFlow().steps) as {
          id: string
          startedAt?: number
          invoke: { state: string }
        }[]
        const step = (name: string) =>
          steps.find((s) => s.id.split(".").pop() === name)
        const released = step("release-notification-lock-before-retry")
        const scheduled = step("schedule-notification-retry")
        expect(released?.invoke.state).toEqual("done")
        expect(scheduled?.invoke.state).toEqual("done")
        expect(released!.startedAt!).toBeLessThanOrEqual(scheduled!.startedAt!)
        expect(step("release-lock-step")?.invoke.state).not.toEqual("done")

        expect((await retryRun(result.retry_transaction_id)).state).toEqual(
          "done"
        )
      })

      it("has the workflow engine retry a failed email 3 times, then write the feed", async () => {
        resend.server().failNext(4, 500)
        const input = rewardMessage()
        const { result } = await sendCustomerNotificationWorkflow(
          getContainer()
        ).run({ input })

        // The sender makes one call and leaves the rest to the engine
        // (whose first retry may already be under way on a slow machine).
        expect(result).toEqual(
          expect.objectContaining({
            status: "retrying",
            attempts: 1,
            feed_notification_id: null,
            retry_transaction_id: expect.stringMatching(
              /^rms-notification-retry-/
            ),
          })
        )

        const run = await retryRun(result.retry_transaction_id)
        expect(run.state).toEqual("done")
        // 1 + max_retries calls, each under its own Idempotency-Key.
        expect(emails()).toHaveLength(4)
        expect(emails().map((e) => e.body.subject)).toEqual(
          Array(4).fill("Your reward: Free tote bag")
        )
        expect(
          new Set(emails().map((e) => e.headers["idempotency-key"])).size
        ).toEqual(4)

        const mine = await feed()
        expect(mine).toEqual(
          expect.objectContaining({ count: 1, unread_count: 1 })
        )
        expect(mine.notifications[0]).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^cnot_/),
            template: "reward-redeemed",
            title: "Your reward: Free tote bag",
            body: expect.stringContaining("RWD-TESTCODE23"),
            read_at: null,
            source_event: "loyalty.reward_redeemed",
          })
        )

        const log = await attempts({ idempotency_key: result.idempotency_key })
        expect(attemptTrail(log)).toEqual([
          "email:failed:1",
          "email:failed:2",
          "email:failed:3",
          "email:failed:4",
          "feed:fallback:1",
        ])
        const failed = log.find((a) => a.status === "failed")!
        expect(failed.error).toMatch(/500/)
        expect(failed.error).not.toContain(customer.email)

        const filtered = await attempts({
          status: "fallback",
          customer_id: customer.id,
        })
        expect(filtered).toHaveLength(1)
        expect(
          await attempts({ status: "sent", entity_id: input.entity_id })
        ).toEqual([])

        // Delivered (by fallback): a redelivered event does nothing more.
        const again = await sendCustomerNotificationWorkflow(
          getContainer()
        ).run({ input })
        expect(again.result.skipped).toEqual("duplicate")
        expect(emails()).toHaveLength(4)
        expect((await feed()).count).toEqual(1)

        let report = (await api.get("/admin/notifications-log/reports", admin))
          .data.report
        expect(report).toEqual(
          expect.objectContaining({
            attempts: 5,
            sent: 0,
            failed: 4,
            fallback: 1,
            delivery_success_rate: 0,
            fallback_rate: 1,
          })
        )

        // Resending takes no options: an unknown field is refused, unsent.
        const refused = await api
          .post(
            `/admin/notifications-log/${failed.id}/resend`,
            { channel: "sms" },
            admin
          )
          .catch((e) => e.response)
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("channel")
        expect(emails()).toHaveLength(4)

        // The admin resends it: this time the provider answers.
        const { data: resent } = await api.post(
          `/admin/notifications-log/${failed.id}/resend`,
          {},
          admin
        )
        expect(resent.result).toEqual(
          expect.objectContaining({ status: "sent", attempts: 1 })
        )
        expect(resent.result.idempotency_key).toMatch(
          new RegExp(
            `^${input.event}:${input.entity_id}:reward-redeemed:resend-`
          )
        )
        expect(resent.notification_attempts).toEqual([
          expect.objectContaining({ status: "sent", channel: "email" }),
        ])
        expect(emails()).toHaveLength(5)
        expect(emails()[4].body.html).toContain("RWD-TESTCODE23")

        report = (await api.get("/admin/notifications-log/reports", admin)).data
          .report
        expect(report).toEqual(
          expect.objectContaining({
            attempts: 6,
            sent: 1,
            fallback: 1,
            delivery_success_rate: 0.5,
            fallback_rate: 0.5,
          })
        )
        const past = (
          await api.get(
            "/admin/notifications-log/reports?from=2020-01-01&to=2020-02-01",
            admin
          )
        ).data.report
        expect(past).toEqual(expect.objectContaining({ attempts: 0 }))
      })

      it("recovers when a retry succeeds", async () => {
        resend.server().failNext(2, 429)
        const { result } = await sendCustomerNotificationWorkflow(
          getContainer()
        ).run({ input: rewardMessage() })
        expect(result).toEqual(
          expect.objectContaining({ status: "retrying", attempts: 1 })
        )
        expect((await retryRun(result.retry_transaction_id)).state).toEqual(
          "done"
        )
        expect(
          attemptTrail(
            await attempts({ idempotency_key: result.idempotency_key })
          )
        ).toEqual(["email:failed:1", "email:failed:2", "email:sent:3"])
        expect(emails()).toHaveLength(3)
        expect(emails()[2].body.subject).toEqual("Your reward: Free tote bag")
        expect((await feed()).count).toEqual(0)
      })

      it("sends once when the event comes again while retries are pending", async () => {
        resend.server().failNext(2, 503)
        const input = rewardMessage()
        const send = async () =>
          (
            await sendCustomerNotificationWorkflow(getContainer()).run({
              input,
            })
          ).result
        const first = await send()
        expect(first.status).toEqual("retrying")

        // Fails again: the engine's run for this key is left to retry it,
        // no second schedule and no fallback yet.
        const second = await send()
        expect(second).toEqual(
          expect.objectContaining({
            status: "retrying",
            retry_transaction_id: first.retry_transaction_id,
            feed_notification_id: null,
          })
        )

        // A third delivery and the engine's retry race (the retry is due
        // at once with the suite's 20 ms backoff): whichever comes first
        // sends it, the other finds it delivered.
        const third = await send()
        expect(
          third.status === "sent" ||
            (third.status === "skipped" && third.skipped === "duplicate")
        ).toBe(true)
        expect((await retryRun(first.retry_transaction_id)).state).toEqual(
          "done"
        )
        expect(
          attemptTrail(
            await attempts({ idempotency_key: first.idempotency_key })
          )
        ).toEqual(["email:failed:1", "email:failed:2", "email:sent:3"])
        expect(emails().map((e) => e.body.subject)).toEqual(
          Array(3).fill("Your reward: Free tote bag")
        )
        expect((await feed()).count).toEqual(0)
        expect((await send()).skipped).toEqual("duplicate")
      })

      it("skips a guest without failing", async () => {
        const { result } = await sendCustomerNotificationWorkflow(
          getContainer()
        ).run({ input: rewardMessage({ customer_id: null }) })
        expect(result).toEqual(
          expect.objectContaining({ status: "skipped", skipped: "no_customer" })
        )
        expect(emails()).toHaveLength(0)
      })
    })

    describe("feed ownership", () => {
      it("lets only the owner read and mark a message", async () => {
        resend.server().failNext(4, 503)
        const { result } = await sendCustomerNotificationWorkflow(
          getContainer()
        ).run({ input: rewardMessage() })
        await retryRun(result.retry_transaction_id)
        const id = (await feed()).notifications[0].id

        const other = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token
        )
        const theirs = await feed(other.headers)
        expect(theirs).toEqual(
          expect.objectContaining({ count: 0, unread_count: 0 })
        )
        const refused = await api
          .post(
            `/store/customers/me/notifications/${id}/read`,
            {},
            other.headers
          )
          .catch((e) => e.response)
        expect(refused.status).toEqual(404)
        expect((await feed()).unread_count).toEqual(1)

        const unauthenticated = await api
          .get("/store/customers/me/notifications", {
            headers: { "x-publishable-api-key": basics.publishableKey.token },
          })
          .catch((e) => e.response)
        expect(unauthenticated.status).toEqual(401)

        const { data } = await api.post(
          `/store/customers/me/notifications/${id}/read`,
          {},
          headers
        )
        expect(data.notification).toEqual(
          expect.objectContaining({ id, read_at: expect.any(String) })
        )
        const after = await feed()
        expect(after.unread_count).toEqual(0)
        expect(
          (
            await api.get(
              "/store/customers/me/notifications?unread=true",
              headers
            )
          ).data.count
        ).toEqual(0)
      })
    })

    describe("preferences", () => {
      it("validates the body, naming the field", async () => {
        for (const [body, field] of [
          [{ marketing_opt_out: "yes" }, "marketing_opt_out"],
          [{}, "marketing_opt_out"],
          [{ marketing_opt_out: true, sms: true }, "sms"],
        ] as const) {
          const res = await api
            .post(
              "/store/customers/me/notifications/preferences",
              body,
              headers
            )
            .catch((e) => e.response)
          expect(res.status).toEqual(400)
          expect(res.data.message).toContain(field)
        }
        const { data } = await api.get(
          "/store/customers/me/notifications/preferences",
          headers
        )
        expect(data.notification_preferences.marketing_opt_out).toEqual(false)
      })

      it("an opted-out customer gets no tier change, but still the reward code", async () => {
        const {
          data: { tier: gold },
        } = await api.post(
          "/admin/loyalty/tiers",
          {
            // No threshold: every member qualifies on their next evaluation.
            name: "Gold",
            rank: 1,
            points_multiplier: 2,
            benefits: { free_return_shipping: true },
          },
          admin
        )
        // The tier's return window is its return policy's.
        await api.post(
          "/admin/return-policies",
          { name: "Gold returns", tier_id: gold.id, return_window_days: 60 },
          admin
        )

        // Opted in: the tier change is emailed with the tier's benefits.
        await credit(150)
        await waitFor(() => emails("Welcome to Gold!").length, "tier email")
        const [tierEmail] = emails("Welcome to Gold!")
        expect(tierEmail.body.to).toEqual(customer.email)
        expect(tierEmail.body.html).toContain("60-day return window")
        expect(tierEmail.body.html).toContain("Free return shipping")
        expect(tierEmail.body.html).toContain("2× points on every order")

        // Opted out.
        const out = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token,
          { first_name: "Otto" }
        )
        const { data } = await api.post(
          "/store/customers/me/notifications/preferences",
          { marketing_opt_out: true },
          out.headers
        )
        expect(data.notification_preferences.marketing_opt_out).toEqual(true)

        await credit(150, out.customer.id)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        // The adjustment re-evaluates the tier in the same request.
        const {
          data: [account],
        } = await query.graph({
          entity: "loyalty_account",
          fields: [
            "id",
            "tier_changes.id",
            "tier_changes.from_tier_id",
            "tier_changes.to_tier_id",
            "tier_changes.reason",
          ],
          filters: { customer_id: out.customer.id },
        })
        const change = account.tier_changes[0]!
        // What the subscriber runs for that event:
        const { result } = await notifyLoyaltyTierChangedWorkflow(
          getContainer()
        ).run({
          input: {
            id: change.id,
            customer_id: out.customer.id,
            account_id: account.id,
            from_tier_id: change.from_tier_id,
            to_tier_id: change.to_tier_id,
            reason: change.reason,
          },
        })
        expect(result).toEqual(
          expect.objectContaining({ status: "skipped", skipped: "opted_out" })
        )

        const reward = await createReward()
        const redemption = await redeem(reward.id, out.headers)
        await waitFor(
          () =>
            emails("Your reward: 10% off your next order").find(
              (e) => e.body.to === out.customer.email
            ),
          "the reward email"
        )
        await utils.waitWorkflowExecutions()

        const toOptedOut = emails().filter(
          (e) => e.body.to === out.customer.email
        )
        expect(toOptedOut).toHaveLength(1)
        expect(toOptedOut[0].body.html).toContain(redemption.code)
        expect(emails("Welcome to Gold!")).toHaveLength(1)
      })
    })

    describe("tier changed", () => {
      it("a first tier is reached (not changed from a made-up tier), with the pending points", async () => {
        const container = getContainer()
        // An order first: its points are pending until the return window.
        await placeOrder(container, basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 1 }],
        })
        await utils.waitWorkflowExecutions()
        // A tier named like the old "no tier" label, no threshold.
        await api.post(
          "/admin/loyalty/tiers",
          { name: "Member", rank: 0 },
          admin
        )
        await credit(40)
        await waitFor(() => emails("Welcome to Member!").length, "tier email")
        await utils.waitWorkflowExecutions()

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [account],
        } = await query.graph({
          entity: "loyalty_account",
          fields: ["points_available", "points_pending"],
          filters: { customer_id: customer.id },
        })
        expect(Number(account.points_available)).toEqual(40)
        expect(Number(account.points_pending)).toBeGreaterThan(0)

        const [email] = emails("Welcome to Member!")
        const text = String(email.body.text)
        expect(text).toContain("You have reached the Member tier.")
        expect(text).not.toContain("changed from")
        expect(text).toContain(
          `Your balance: 40 points available and ${new Intl.NumberFormat(
            "en"
          ).format(Number(account.points_pending))} pending`
        )
      })
    })

    describe("return received", () => {
      it("emails what came back, once", async () => {
        const container = getContainer()
        const order = await placeOrder(container, basics, {
          customer,
          items: [{ variant_id: basics.variants[0].id, quantity: 2 }],
        })
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [placed],
        } = await query.graph({
          entity: "order",
          fields: ["id", "display_id", "items.id"],
          filters: { id: order.id },
        })
        const { return_id } = await returnAndReceive(container, basics, {
          order_id: order.id,
          items: [{ id: placed.items[0].id, quantity: 1 }],
        })

        const subject = /^We received the items for return #\d+-R\d+$/
        await waitFor(
          async () =>
            (await attempts({ entity_id: return_id, status: "sent" })).length >=
            2,
          "the return emails"
        )
        await utils.waitWorkflowExecutions()

        const sent = emails(subject)
        expect(sent).toHaveLength(1)
        expect(sent[0].body.subject).toContain(`#${placed.display_id}-R`)
        expect(sent[0].body.to).toEqual(customer.email)
        expect(sent[0].body.html).toContain(DEMO_PRODUCTS[0].title)
        expect(sent[0].body.html).toContain("Accepted")

        // The return was made with Medusa's own flow: its approval email
        // (order.return_requested) is the other entry for it.
        const log = await attempts({ entity_id: return_id })
        expect(
          log
            .map((a) => `${a.event}:${a.template}:${a.status}`)
            .sort((a, b) => (a < b ? -1 : 1))
        ).toEqual([
          "order.return_received:return-items-received:sent",
          "order.return_requested:return-approved:sent",
        ])
      })
    })
  },
})
