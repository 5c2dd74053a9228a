import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedStoreBasics } from "../fixtures"
import { templateNames } from "../../src/emails"
import {
  startFakeResend,
  type FakeResend,
} from "../../src/providers/resend/__tests__/fake-resend-server"
import { createAdminHeaders, createCustomerHeaders } from "../helpers/auth"

jest.setTimeout(180 * 1000)

// medusa-config.ts reads RMS_RESEND_BASE_URL when the app boots: the fake
// Resend API must listen before the runner's own beforeAll.
let fake: FakeResend
beforeAll(async () => {
  fake = await startFakeResend()
  process.env.RMS_RESEND_BASE_URL = fake.url
})
afterAll(async () => {
  await fake?.close()
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Record<string, any>

    beforeEach(async () => {
      fake.reset()
      ;({ headers: admin } = await createAdminHeaders(getContainer(), api))
    })

    describe("GET /admin/notification-templates", () => {
      it("lists every template with its name, milestone, channel and sample subject", async () => {
        const { status, data } = await api.get(
          "/admin/notification-templates",
          admin
        )
        expect(status).toEqual(200)
        expect(data.count).toEqual(templateNames.length)
        expect(data.locales).toEqual(expect.arrayContaining(["en", "fr"]))
        // This suite sets no storefront: the admin is told emails carry no
        // account links.
        expect(data.storefront_url).toBeNull()
        expect(data.notification_templates.map((t) => t.id)).toEqual(
          templateNames
        )
        expect(
          data.notification_templates.find((t) => t.id === "return-approved")
        ).toEqual({
          id: "return-approved",
          name: "Return approved",
          subject: "Your return RMA-1001 is approved",
          milestone: "return_request.approved",
          channel: "email",
          transactional: true,
          locales: ["en", "fr"],
        })
        expect(
          data.notification_templates.find(
            (t) => t.id === "loyalty-tier-changed"
          )
        ).toEqual(
          expect.objectContaining({
            transactional: false,
            locales: ["en"],
            subject: "Welcome to Gold!",
          })
        )
      })

      it("is for admins only", async () => {
        const res = await api
          .get("/admin/notification-templates")
          .catch((e) => e.response)
        expect(res.status).toEqual(401)
      })
    })

    /** Names the store in Medusa's Store module, as a merchant does. */
    const nameStore = async (name: string) => {
      const stores = getContainer().resolve(Modules.STORE)
      const [store] = await stores.listStores({}, { take: 1 })
      await stores.updateStores(store.id, { name })
    }

    describe("GET /admin/notification-templates/:id/preview", () => {
      it("shows the store's own name, not the sample brand or its logo", async () => {
        await nameStore("Atelier Nord")
        const { data } = await api.get(
          "/admin/notification-templates/return-approved/preview",
          admin
        )
        // No logo in this suite's options: the header is the name.
        expect(data.html).toContain("Atelier Nord")
        expect(data.html).not.toContain("<img")
        expect(data.text).toContain("Atelier Nord")
        for (const sample of [
          "Maison Lumière",
          "cdn.example.com",
          "care@example.com",
        ]) {
          expect(data.html).not.toContain(sample)
        }
        // The rest is still the sample return.
        expect(data.subject).toEqual("Your return RMA-1001 is approved")
      })

      it("renders the sample data as the provider sends it, in the asked language", async () => {
        const { data } = await api.get(
          "/admin/notification-templates/refund-issued/preview",
          admin
        )
        expect(data.subject).toEqual(
          "€46.75 in store credit has been added to your account"
        )
        expect(data.html).toMatch(/^<!DOCTYPE html/)
        expect(data.html).toContain("RMA-1001")
        expect(data.text).toContain("RMA-1001")
        expect(data.text).not.toContain("<")

        const fr = (
          await api.get(
            "/admin/notification-templates/return-approved/preview?locale=fr-FR",
            admin
          )
        ).data
        expect(fr.subject).toEqual("Votre retour RMA-1001 est accepté")
        expect(fr.html).toContain('lang="fr"')
      })

      it("404 for an unknown template, 400 naming the locale", async () => {
        const missing = await api
          .get("/admin/notification-templates/nope/preview", admin)
          .catch((e) => e.response)
        expect(missing.status).toEqual(404)
        expect(missing.data.message).toContain('"nope"')

        for (const query of ["locale=xx", "locale=%3Cscript%3E"]) {
          const bad = await api
            .get(
              `/admin/notification-templates/return-approved/preview?${query}`,
              admin
            )
            .catch((e) => e.response)
          expect(bad.status).toEqual(400)
          expect(bad.data.message).toContain("locale")
        }
      })
    })

    describe("POST /admin/notification-templates/:id/send-test", () => {
      it("sends the sample email through the Notification module", async () => {
        await nameStore("Atelier Nord")
        const { status, data } = await api.post(
          "/admin/notification-templates/return-rejected/send-test",
          { to: "ops@example.com" },
          admin
        )
        expect(status).toEqual(200)
        expect(data.notification).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^noti_/),
            status: "success",
            external_id: expect.stringMatching(/^email_/),
            template: "return-rejected",
            channel: "email",
            to: "ops@example.com",
          })
        )
        expect(fake.requests).toHaveLength(1)
        expect(fake.requests[0].body).toEqual(
          expect.objectContaining({
            to: "ops@example.com",
            subject: "Update on your return RMA-1003",
          })
        )
        expect(fake.requests[0].body.html).toContain(
          "Personalised items cannot be returned."
        )
        // Under the store's own name, as its real emails are.
        expect(fake.requests[0].body.html).toContain("Atelier Nord")
        expect(fake.requests[0].body.html).not.toContain("Maison Lumière")

        // Recorded by Medusa: its own route reads it back.
        const stored = (
          await api.get(`/admin/notifications/${data.notification.id}`, admin)
        ).data.notification
        expect(stored).toEqual(
          expect.objectContaining({
            id: data.notification.id,
            template: "return-rejected",
            to: "ops@example.com",
          })
        )

        // A second test is a new email, not an idempotent replay.
        await api.post(
          "/admin/notification-templates/return-rejected/send-test",
          { to: "ops@example.com", locale: "fr" },
          admin
        )
        expect(fake.sentCount()).toEqual(2)
        expect(fake.requests[1].body.subject).toEqual(
          "Mise à jour de votre retour RMA-1003"
        )
      })

      it("surfaces the provider's failure with the failed notification", async () => {
        fake.failNext(1, 500)
        const res = await api
          .post(
            "/admin/notification-templates/points-expiring/send-test",
            { to: "ops@example.com" },
            admin
          )
          .catch((e) => e.response)
        expect(res.status).toEqual(502)
        expect(res.data.message).toMatch(/Resend responded 500/)
        expect(res.data.message).not.toContain("ops@example.com")
        expect(res.data.notification).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^noti_/),
            status: "failure",
          })
        )
      })

      it("400 naming the field, 404 for an unknown template", async () => {
        for (const [body, field] of [
          [{}, "to"],
          [{ to: "not-an-email" }, "to"],
          [{ to: "ops@example.com", locale: "xx" }, "locale"],
          [{ to: "ops@example.com", cc: "x@example.com" }, "cc"],
        ] as const) {
          const res = await api
            .post(
              "/admin/notification-templates/return-approved/send-test",
              body,
              admin
            )
            .catch((e) => e.response)
          expect(res.status).toEqual(400)
          expect(res.data.message).toContain(field)
        }
        const missing = await api
          .post(
            "/admin/notification-templates/nope/send-test",
            { to: "ops@example.com" },
            admin
          )
          .catch((e) => e.response)
        expect(missing.status).toEqual(404)
        expect(fake.requests).toHaveLength(0)
      })
    })

    describe("delivery report and preferences", () => {
      it("GET /admin/notifications-log/reports answers the rates of a period; a bad period is a 400", async () => {
        await api.post(
          "/admin/notification-templates/return-approved/send-test",
          { to: "ops@example.com" },
          admin
        )
        const period = "from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z"
        const { status, data } = await api.get(
          `/admin/notifications-log/reports?${period}`,
          admin
        )
        expect(status).toEqual(200)
        expect(data.report).toEqual(
          expect.objectContaining({
            attempts: expect.any(Number),
            delivery_success_rate: expect.any(Number),
            fallback_rate: expect.any(Number),
          })
        )
        const bad = await api
          .get("/admin/notifications-log/reports?from=yesterday", admin)
          .catch((e) => e.response)
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("from")
      })

      it("POST /store/customers/me/notifications/preferences sets the opt-out", async () => {
        const basics = await seedStoreBasics(getContainer())
        const { headers } = await createCustomerHeaders(
          getContainer(),
          api,
          basics.publishableKey.token
        )
        const anonymous = await api
          .post(
            "/store/customers/me/notifications/preferences",
            { marketing_opt_out: true },
            {
              headers: { "x-publishable-api-key": basics.publishableKey.token },
            }
          )
          .catch((e) => e.response)
        expect(anonymous.status).toEqual(401)

        const bad = await api
          .post(
            "/store/customers/me/notifications/preferences",
            { marketing_opt_out: "yes" },
            headers
          )
          .catch((e) => e.response)
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("marketing_opt_out")

        const { data } = await api.post(
          "/store/customers/me/notifications/preferences",
          { marketing_opt_out: true },
          headers
        )
        expect(data.notification_preferences.marketing_opt_out).toEqual(true)
        const read = await api.get(
          "/store/customers/me/notifications/preferences",
          headers
        )
        expect(read.data.notification_preferences.marketing_opt_out).toEqual(
          true
        )
      })
    })
  },
})
