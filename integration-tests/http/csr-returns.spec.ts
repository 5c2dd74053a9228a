import {
  ContainerRegistrationKeys,
  Modules,
  PromotionType,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  updatePricePreferencesWorkflow,
  createPromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder, receiveReturn, StoreBasics } from "../fixtures"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import { createAdminHeaders } from "../helpers/auth"
import {
  placeTeeAndMerinoOrder,
  seedOncePerFile,
  seedShop,
  seedStandardPolicy,
} from "../helpers/shop"
import { pdfText } from "../helpers/pdf-text"

jest.setTimeout(240 * 1000)

// The role the suite's plugin options allow to override the policy.
const SUPERVISOR_ROLE = "returns_supervisor"
// ...and this admin, named by email.
const LEAD_EMAIL = "csr-lead@example.com"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  hooks: {
    // The plugin option this suite is about, set the way a merchant's
    // medusa-config would: only the supervisor role may override.
    beforeServerStart: async (container: MedusaContainer) => {
      const config = container.resolve(
        ContainerRegistrationKeys.CONFIG_MODULE
      ) as { modules: Record<string, any> }
      const entry = Object.values(config.modules).find(
        (m) =>
          typeof m === "object" &&
          String(m?.resolve ?? "").includes("return-policy")
      )
      entry.options = {
        ...(entry.options ?? {}),
        returns: {
          ...(entry.options?.returns ?? {}),
          override_allowed: [SUPERVISOR_ROLE, LEAD_EMAIL],
        },
      }
    },
  },
  testSuite: (options) => {
    const { api, getContainer } = options
    let basics: StoreBasics
    let customer: { id: string; email: string }
    let admin: Record<string, any>
    let adminUser: { id: string }
    let supervisor: Record<string, any>
    let supervisorUser: { id: string }
    let order: { id: string }
    let lines: Record<"tee" | "merino", { id: string }>
    let events: { name: string; data: any }[] = []

    const lineIds = async (orderId: string, variantIds: string[]) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [placed],
      } = await query.graph({
        entity: "order",
        fields: ["items.id", "items.variant_id"],
        filters: { id: orderId },
      })
      return variantIds.map(
        (v) => placed.items.find((i) => i!.variant_id === v)!.id
      )
    }

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ basics, customer, admin, adminUser } = await seedShop(container, api))
      ;({ headers: supervisor, user: supervisorUser } =
        await createAdminHeaders(container, api))
      await container.resolve(Modules.USER).updateUsers({
        id: supervisorUser.id,
        first_name: "Sam",
        last_name: "Supervisor",
        metadata: { role: SUPERVISOR_ROLE },
      })

      await seedStandardPolicy(container, [
        { code: "TOO_SMALL", label: "Too small" },
        { code: "CHANGED_MIND", label: "Changed my mind" },
      ])

      ;({ order, lines } = await placeTeeAndMerinoOrder(
        container,
        basics,
        customer
      ))

      const eventBus = container.resolve(Modules.EVENT_BUS)
      for (const name of [
        "return_request.created",
        "return_request.approved",
        "return_request.pending_review",
        "return_request.refund_pending",
      ]) {
        eventBus.subscribe(
          name,
          async (event: { name: string; data: any }) => {
            events.push({ name, data: event.data })
          },
          { subscriberId: `csr-spec-${name}` }
        )
      }
    })

    beforeEach(() => {
      events = []
    })

    // Receipts are real files (the File module's local provider writes them
    // under static/): remove this test's.
    afterEach(async () => {
      const container = getContainer()
      const requests = await container
        .resolve(RETURN_POLICY_MODULE)
        .listReturnRequests({}, { select: ["id", "metadata"] })
        .catch(() => [])
      const ids = [
        ...requests.map((r) => r.metadata?.receipt_file_id),
        ...events.map((e) => e.data?.receipt_file_id),
      ].filter((id): id is string => typeof id === "string")
      if (ids.length) {
        await container
          .resolve(Modules.FILE)
          .deleteFiles([...new Set(ids)])
          .catch(() => undefined)
      }
    })

    const create = (body: Record<string, unknown>, h = admin) =>
      api
        .post(
          "/admin/return-requests",
          {
            order_id: order.id,
            channel: "phone",
            contact_confirmed: true,
            ...body,
          },
          h
        )
        .catch((e) => e.response)

    const countRequests = async () =>
      (
        await getContainer()
          .resolve(RETURN_POLICY_MODULE)
          .listReturnRequests({})
      ).length

    const nativeReturns = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "return",
        fields: ["id", "status"],
        filters: { order_id: orderId },
      })
      return data
    }

    const waitFor = async (predicate: () => boolean) => {
      for (let i = 0; i < 50 && !predicate(); i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
    }

    describe("POST /admin/return-requests", () => {
      it("creates an auto-approved CSR return with its receipt, events and native return", async () => {
        const openedAt = new Date(Date.now() - 42_000).toISOString()
        const res = await create({
          opened_at: openedAt,
          idempotency_key: "form-key-0001",
          items: [
            {
              line_item_id: lines.tee.id,
              quantity: 1,
              reason_code: "TOO_SMALL",
              condition: "opened",
            },
          ],
          note: "Customer called, size too small",
        })
        expect(res.data.message).toBeUndefined()
        expect(res.status).toEqual(200)
        const rr = res.data.return_request
        expect(rr).toEqual(
          expect.objectContaining({
            rma_number: expect.stringMatching(/^RMA-\d{4}-\d{6}$/),
            status: "approved",
            channel: "phone",
            created_by_type: "admin",
            created_by: adminUser.id,
            return_id: expect.stringMatching(/^return_/),
            idempotency_key: "form-key-0001",
          })
        )
        expect(new Date(rr.opened_at).toISOString()).toEqual(openedAt)
        expect(rr.items).toEqual([
          expect.objectContaining({
            line_item_id: lines.tee.id,
            condition: "opened",
          }),
        ])
        expect(rr.decisions[0]).toEqual(
          expect.objectContaining({
            outcome: "auto_approve",
            decided_by_type: "policy",
            override: null,
          })
        )
        // €25 + 20% VAT, less the €6 return shipping.
        expect(rr.refund_estimate.refund_total).toEqual(24)
        expect(rr.metadata.receipt_file_id).toEqual(expect.any(String))
        // The admin route that streams the private file, not the file's URL.
        expect(rr.metadata.receipt_url).toEqual(
          `/admin/return-requests/${rr.id}/receipt`
        )

        const receipt = await api
          .get(`/admin/return-requests/${rr.id}/receipt`, {
            ...admin,
            responseType: "arraybuffer",
          })
          .catch((e) => e.response)
        expect(receipt.status).toEqual(200)
        expect(receipt.headers["content-type"]).toMatch(/application\/pdf/)
        const pdf = Buffer.from(receipt.data)
        expect(pdf.subarray(0, 5).toString()).toEqual("%PDF-")
        const text = pdfText(pdf)
        expect(text).toContain(`RMA: ${rr.rma_number}`)
        expect(text).toContain("Too small")
        expect(text).toContain("€24.00")
        expect(text).toMatch(/Send the items back by: \d{4}-\d{2}-\d{2}/)

        await waitFor(() => events.length >= 3)
        const created = events.find((e) => e.name === "return_request.created")
        expect(created?.data).toEqual(
          expect.objectContaining({
            id: rr.id,
            order_id: order.id,
            rma_number: rr.rma_number,
            channel: "phone",
            csr_name: "Ada Admin",
            deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
            receipt_url: rr.metadata.receipt_url,
            store: { name: expect.any(String) },
            refund: expect.objectContaining({
              currency_code: "eur",
              method: "original_payment",
              items_total: 30,
              return_shipping_fee: 6,
              total: 24,
            }),
            items: [
              expect.objectContaining({
                title: expect.any(String),
                quantity: 1,
                reason: "Too small",
                refund_amount: 30,
              }),
            ],
          })
        )
        const pending = events.find(
          (e) => e.name === "return_request.refund_pending"
        )
        expect(pending?.data).toEqual(
          expect.objectContaining({
            id: rr.id,
            rma_number: rr.rma_number,
            amount: 24,
            currency_code: "eur",
            return_id: rr.return_id,
          })
        )

        // A second submit of the same form answers with the same request.
        const again = await create({
          opened_at: openedAt,
          idempotency_key: "form-key-0001",
          items: [
            {
              line_item_id: lines.tee.id,
              quantity: 1,
              reason_code: "TOO_SMALL",
              condition: "opened",
            },
          ],
        })
        expect(again.status).toEqual(200)
        expect(again.data.return_request.id).toEqual(rr.id)
        expect(await countRequests()).toEqual(1)
        expect(await nativeReturns(order.id)).toHaveLength(1)
      })

      it("a double click (concurrent submits with one key) creates one request and one native return", async () => {
        const body = {
          idempotency_key: "form-key-double",
          items: [
            {
              line_item_id: lines.tee.id,
              quantity: 1,
              reason_code: "TOO_SMALL",
              condition: "new",
            },
          ],
        }
        const [a, b] = await Promise.all([create(body), create(body)])
        expect([a.status, b.status]).toEqual([200, 200])
        expect(a.data.return_request.id).toEqual(b.data.return_request.id)
        expect(await countRequests()).toEqual(1)
        expect(await nativeReturns(order.id)).toHaveLength(1)
      })

      it("sends a request above the auto-approval amount to review, and approval emits refund_pending", async () => {
        const res = await create({
          channel: "email",
          items: [
            {
              line_item_id: lines.merino.id,
              quantity: 2,
              reason_code: "TOO_SMALL",
              condition: "new",
            },
          ],
        })
        expect(res.status).toEqual(200)
        const rr = res.data.return_request
        expect(rr.status).toEqual("pending_review")
        expect(rr.return_id).toBeNull()
        expect(rr.decisions[0].reasons.join(" ")).toMatch(/auto/i)

        await api.post(`/admin/return-requests/${rr.id}/approve`, {}, admin)
        await waitFor(() =>
          events.some((e) => e.name === "return_request.refund_pending")
        )
        const pending = events.find(
          (e) => e.name === "return_request.refund_pending"
        )
        expect(pending?.data).toEqual(
          expect.objectContaining({
            id: rr.id,
            amount: 213.6 - 6,
            currency_code: "eur",
            return_id: expect.stringMatching(/^return_/),
          })
        )
      })

      describe("override", () => {
        const merinoBoth = {
          line_item_id: "",
          quantity: 2,
          reason_code: "TOO_SMALL",
          condition: "new",
        }

        it("a supervisor auto-approves what the policy sends to review; the trail says who and why", async () => {
          const res = await create(
            {
              items: [{ ...merinoBoth, line_item_id: lines.merino.id }],
              override: {
                outcome: "auto_approve",
                justification: "Loyal customer, parcel lost once before",
              },
            },
            supervisor
          )
          expect(res.data.message).toBeUndefined()
          const rr = res.data.return_request
          expect(rr.status).toEqual("approved")
          expect(rr.return_id).toMatch(/^return_/)
          expect(rr.decisions).toHaveLength(1)
          expect(rr.decisions[0]).toEqual(
            expect.objectContaining({
              outcome: "auto_approve",
              decided_by_type: "admin",
              decided_by: supervisorUser.id,
              note: "Loyal customer, parcel lost once before",
              override: {
                policy_outcome: "review",
                outcome: "auto_approve",
                justification: "Loyal customer, parcel lost once before",
              },
            })
          )
          // The rules the policy checked stay in the record.
          expect(
            rr.decisions[0].rules.find((r) => r.rule === "auto_approve_amount")
          ).toEqual(expect.objectContaining({ passed: false }))
        })

        it("a supervisor can send an auto-approvable request to review", async () => {
          const res = await create(
            {
              items: [
                {
                  line_item_id: lines.tee.id,
                  quantity: 1,
                  reason_code: "TOO_SMALL",
                  condition: "new",
                },
              ],
              override: {
                outcome: "review",
                justification: "Customer sounded unsure, check it first",
              },
            },
            supervisor
          )
          const rr = res.data.return_request
          expect(rr.status).toEqual("pending_review")
          expect(rr.return_id).toBeNull()
          expect(rr.decisions[0].override.policy_outcome).toEqual(
            "auto_approve"
          )
        })

        it("is refused (403) for a CSR without the permission, and nothing is written", async () => {
          const res = await create({
            items: [{ ...merinoBoth, line_item_id: lines.merino.id }],
            override: {
              outcome: "auto_approve",
              justification: "I think it is fine really",
            },
          })
          expect(res.status).toEqual(403)
          expect(res.data.message).toMatch(/not allowed to override/)
          expect(await countRequests()).toEqual(0)
          expect(await nativeReturns(order.id)).toHaveLength(0)
        })

        it("needs a justification (400 naming the field)", async () => {
          const res = await create(
            {
              items: [{ ...merinoBoth, line_item_id: lines.merino.id }],
              override: { outcome: "auto_approve", justification: "  " },
            },
            supervisor
          )
          expect(res.status).toEqual(400)
          expect(res.data.message).toMatch(/override.*justification/)
          expect(await countRequests()).toEqual(0)
        })

        it("cannot make an out-of-policy request pass: more than delivered stays refused", async () => {
          const res = await create(
            {
              items: [
                { ...merinoBoth, line_item_id: lines.merino.id, quantity: 3 },
              ],
              override: {
                outcome: "auto_approve",
                justification: "Customer insists on three units",
              },
            },
            supervisor
          )
          expect(res.status).toEqual(400)
          expect(res.data.message).toMatch(/3 requested but only 2/)
          expect(await countRequests()).toEqual(0)
        })
      })

      describe("bad input: 400/404 and nothing written", () => {
        it("a line of another order", async () => {
          const other = await placeOrder(getContainer(), basics, {
            customer,
            items: [{ variant_id: basics.variants[3].id, quantity: 1 }],
          })
          const [otherLine] = await lineIds(other.id, [basics.variants[3].id])
          const res = await create({
            items: [
              {
                line_item_id: otherLine,
                quantity: 1,
                reason_code: "TOO_SMALL",
                condition: "new",
              },
            ],
          })
          expect(res.status).toEqual(400)
          expect(res.data.message).toContain(otherLine)
          expect(await countRequests()).toEqual(0)
        })

        it("validation names the field", async () => {
          const cases: [Record<string, unknown>, string][] = [
            [{ channel: "storefront" }, "channel"],
            [{ contact_confirmed: false }, "contact_confirmed"],
            [
              {
                items: [
                  {
                    line_item_id: lines.tee.id,
                    quantity: 0,
                    reason_code: "TOO_SMALL",
                    condition: "new",
                  },
                ],
              },
              "quantity",
            ],
            [
              {
                items: [
                  {
                    line_item_id: lines.tee.id,
                    quantity: 1,
                    reason_code: "TOO_SMALL",
                    condition: "worn",
                  },
                ],
              },
              "condition",
            ],
            [{ items: [] }, "items"],
          ]
          for (const [body, field] of cases) {
            const res = await create({
              items: [
                {
                  line_item_id: lines.tee.id,
                  quantity: 1,
                  reason_code: "TOO_SMALL",
                  condition: "new",
                },
              ],
              ...body,
            })
            expect([res.status, field]).toEqual([400, field])
            expect(res.data.message).toContain(field)
          }
          const unknownOrder = await create({
            order_id: "order_unknown",
            items: [
              {
                line_item_id: lines.tee.id,
                quantity: 1,
                reason_code: "TOO_SMALL",
                condition: "new",
              },
            ],
          })
          expect(unknownOrder.status).toEqual(404)
          expect(await countRequests()).toEqual(0)
        })
      })
    })

    describe("POST /admin/return-requests/preview", () => {
      it("evaluates without writing: per item, refund breakdown, outcome and errors by field", async () => {
        const res = await api
          .post(
            "/admin/return-requests/preview",
            {
              order_id: order.id,
              items: [
                {
                  line_item_id: lines.tee.id,
                  quantity: 1,
                  reason_code: "TOO_SMALL",
                },
                {
                  line_item_id: lines.merino.id,
                  quantity: 5,
                  reason_code: "TOO_SMALL",
                },
              ],
            },
            admin
          )
          .catch((e) => e.response)
        expect(res.status).toEqual(200)
        const { preview } = res.data
        expect(preview.outcome).toEqual("reject")
        expect(preview.items).toEqual([
          expect.objectContaining({
            line_item_id: lines.tee.id,
            eligible: true,
            refund_estimate: 30,
            deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          }),
          expect.objectContaining({
            line_item_id: lines.merino.id,
            eligible: false,
          }),
        ])
        expect(preview.refund).toEqual(
          expect.objectContaining({
            items_total: 30,
            return_shipping: 6,
            refund_total: 24,
          })
        )
        expect(preview.errors).toEqual([
          expect.objectContaining({
            rule: "quantity",
            field: "quantity",
            line_item_id: lines.merino.id,
          }),
        ])
        expect(await countRequests()).toEqual(0)

        const ok = await api.post(
          "/admin/return-requests/preview",
          {
            order_id: order.id,
            items: [
              {
                line_item_id: lines.tee.id,
                quantity: 2,
                reason_code: "TOO_SMALL",
              },
            ],
            refund_method: "store_credit",
          },
          admin
        )
        expect(ok.data.preview.outcome).toEqual("auto_approve")
        expect(ok.data.preview.errors).toEqual([])
      })
    })

    describe("GET /admin/return-requests/eligibility", () => {
      it("lists each line with its deadline, the policy and whether the admin may override", async () => {
        const res = await api.get(
          `/admin/return-requests/eligibility?order_id=${order.id}`,
          admin
        )
        expect(res.status).toEqual(200)
        expect(res.data).toEqual({
          order_id: order.id,
          currency_code: "eur",
          tier: null,
          policy: expect.objectContaining({
            id: expect.stringMatching(/^rpol_/),
            name: "Standard",
            version: 1,
            return_window_days: 30,
            free_return_shipping: false,
            restocking_fee_percent: 0,
          }),
          lines: expect.arrayContaining([
            expect.objectContaining({
              line_item_id: lines.tee.id,
              title: expect.any(String),
              quantity: 2,
              returnable_quantity: 2,
              deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
              days_left: expect.any(Number),
              eligible: true,
              reason: null,
            }),
          ]),
          return_shipping: expect.objectContaining({ free: false }),
          reason_codes: expect.any(Array),
          can_override: false,
          // The Standard policy keeps the default: refunds only, so the
          // form offers no exchange and says why.
          exchange: {
            allowed: false,
            reasons: ["the store's return policy does not allow exchanges"],
            auto_approve: false,
            instant: false,
            return_days: null,
            options: {},
          },
        })
        const sup = await api.get(
          `/admin/return-requests/eligibility?order_id=${order.id}`,
          supervisor
        )
        expect(sup.data.can_override).toEqual(true)
        const lead = await createAdminHeaders(getContainer(), api, LEAD_EMAIL)
        const byEmail = await api.get(
          `/admin/return-requests/eligibility?order_id=${order.id}`,
          lead.headers
        )
        expect(byEmail.data.can_override).toEqual(true)

        const missing = await api
          .get("/admin/return-requests/eligibility", admin)
          .catch((e) => e.response)
        expect(missing.status).toEqual(400)
        expect(missing.data.message).toContain("order_id")
      })
    })

    describe("GET /admin/return-requests filters and reports", () => {
      it("filters by order, channel, creator and date, and reports CSR figures", async () => {
        const teeOne = {
          line_item_id: "",
          quantity: 1,
          reason_code: "TOO_SMALL",
          condition: "new",
        }
        await create({
          opened_at: new Date(Date.now() - 30_000).toISOString(),
          items: [{ ...teeOne, line_item_id: lines.tee.id }],
        })
        const reviewed = (
          await create(
            {
              channel: "chat",
              opened_at: new Date(Date.now() - 90_000).toISOString(),
              items: [
                { ...teeOne, line_item_id: lines.merino.id, quantity: 2 },
              ],
            },
            supervisor
          )
        ).data.return_request
        await api.post(
          `/admin/return-requests/${reviewed.id}/reject`,
          { note: "Worn, not as described" },
          supervisor
        )

        const list = async (qs: string) =>
          (await api.get(`/admin/return-requests?${qs}`, admin)).data
            .return_requests

        expect(await list(`order_id=${order.id}`)).toHaveLength(2)
        expect(await list("order_id=order_other")).toHaveLength(0)
        expect((await list("channel=chat")).map((r) => r.id)).toEqual([
          reviewed.id,
        ])
        expect(
          (await list(`created_by=${supervisorUser.id}`)).map((r) => r.id)
        ).toEqual([reviewed.id])
        const yesterday = new Date(Date.now() - 86_400_000).toISOString()
        const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
        expect(
          await list(
            `created_at[$gte]=${yesterday}&created_at[$lte]=${tomorrow}`
          )
        ).toHaveLength(2)
        expect(await list(`from=${tomorrow}`)).toHaveLength(0)
        expect(await list(`to=${yesterday}`)).toHaveLength(0)

        const { report } = (
          await api.get("/admin/return-requests/reports", admin)
        ).data
        expect(report.csr.requests).toEqual(2)
        expect(report.csr.timed_requests).toEqual(2)
        // 30 s and 90 s, plus the time the requests took.
        expect(report.csr.avg_initiation_seconds).toBeGreaterThanOrEqual(60)
        expect(report.csr.avg_initiation_seconds).toBeLessThan(120)
        expect(report.csr.accuracy_rate).toEqual(0.5)
        expect(report.per_channel).toEqual([
          { channel: "chat", requests: 1, csr_requests: 1 },
          { channel: "phone", requests: 1, csr_requests: 1 },
        ])
        expect(report.per_csr).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              created_by: supervisorUser.id,
              requests: 1,
              accuracy_rate: 0,
            }),
            expect.objectContaining({
              created_by: adminUser.id,
              requests: 1,
              accuracy_rate: 1,
            }),
          ])
        )
        const empty = (
          await api.get(
            `/admin/return-requests/reports?from=${tomorrow}`,
            admin
          )
        ).data.report
        expect(empty.csr).toEqual(
          expect.objectContaining({ requests: 0, accuracy_rate: null })
        )
      })
    })

    describe("GET /admin/return-requests?q=", () => {
      it("searches by RMA number, customer email or order number", async () => {
        const created = (
          await create({
            items: [
              {
                line_item_id: lines.tee.id,
                quantity: 1,
                reason_code: "TOO_SMALL",
                condition: "new",
              },
            ],
          })
        ).data.return_request
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [placed],
        } = await query.graph({
          entity: "order",
          fields: ["display_id"],
          filters: { id: order.id },
        })
        const search = async (q: string) =>
          (
            await api.get(
              `/admin/return-requests?q=${encodeURIComponent(q)}&fields=+customer.email,+order.display_id`,
              admin
            )
          ).data.return_requests

        const byRma = await search(created.rma_number.toLowerCase())
        expect(byRma.map((r) => r.id)).toEqual([created.id])
        // The queue's customer and order columns come with the list.
        expect(byRma[0].customer.email).toEqual(customer.email)
        expect(byRma[0].order.display_id).toEqual(placed.display_id)
        expect(
          (await search(customer.email.toUpperCase().slice(0, 8))).map(
            (r) => r.id
          )
        ).toEqual([created.id])
        expect(
          (await search(`#${placed.display_id}`)).map((r) => r.id)
        ).toEqual([created.id])
        expect(
          (await search(String(placed.display_id))).map((r) => r.id)
        ).toEqual([created.id])
        expect(await search("nobody@example.com")).toHaveLength(0)
        expect(await search("999999")).toHaveLength(0)
        // Wildcards are characters: "%" matches no RMA.
        expect(await search("%")).toHaveLength(0)

        const tooLong = await api
          .get(`/admin/return-requests?q=${"x".repeat(201)}`, admin)
          .catch((e) => e.response)
        expect(tooLong.status).toEqual(400)
        expect(tooLong.data.message).toContain("q")
      })
    })

    describe("evidence on a CSR return", () => {
      beforeEach(async () => {
        await getContainer()
          .resolve(RETURN_POLICY_MODULE)
          .createReturnReasonCodes([
            {
              code: "ARRIVED_DAMAGED",
              label: "Arrived damaged",
              requires_evidence: true,
            },
          ])
      })
      const damagedTee = {
        quantity: 1,
        reason_code: "ARRIVED_DAMAGED",
        condition: "damaged",
      }

      it("a reason that requires evidence is refused without it, and nothing is written", async () => {
        const res = await create({
          items: [{ ...damagedTee, line_item_id: lines.tee.id }],
        })
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(/needs photos or other evidence/)
        expect(await countRequests()).toEqual(0)
      })

      it("evidence seen by the CSR needs a description (400 naming items.note)", async () => {
        const res = await create({
          items: [
            { ...damagedTee, line_item_id: lines.tee.id, has_evidence: true },
          ],
        })
        expect(res.status).toEqual(400)
        expect(res.data.message).toContain("items.note")
        expect(await countRequests()).toEqual(0)
      })

      it("with evidence and its description: accepted, the description on the item, the rule passed in the trail", async () => {
        const res = await create({
          items: [
            {
              ...damagedTee,
              line_item_id: lines.tee.id,
              has_evidence: true,
              note: "Customer emailed two photos of the torn seam",
            },
          ],
        })
        expect(res.data.message).toBeUndefined()
        expect(res.status).toEqual(200)
        const rr = res.data.return_request
        expect(rr.items[0]).toEqual(
          expect.objectContaining({
            reason_code: "ARRIVED_DAMAGED",
            note: "Customer emailed two photos of the torn seam",
          })
        )
        expect(rr.decisions[0].rules).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              rule: "evidence",
              passed: true,
              detail: expect.stringContaining("evidence provided"),
            }),
          ])
        )
      })
    })

    describe("refund estimate equals Medusa's refund", () => {
      // Medusa's refund for a received return is what the order owes back:
      // minus the order's pending difference once the return is received.
      const medusaRefund = async (orderId: string, returnId: string) => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [ret],
        } = await query.graph({
          entity: "return",
          fields: ["items.item_id", "items.quantity"],
          filters: { id: returnId },
        })
        await receiveReturn(container, {
          return_id: returnId,
          items: ret.items.map((i) => ({
            id: i!.item_id,
            quantity: Number(i!.quantity),
          })),
        })
        const {
          data: [after],
        } = await query.graph({
          entity: "order",
          fields: ["summary.*"],
          filters: { id: orderId },
        })
        return -Number(after.summary.pending_difference)
      }

      const discountedOrder = async () => {
        const container = getContainer()
        await createPromotionsWorkflow(container).run({
          input: {
            promotionsData: [
              {
                code: "TENOFF",
                type: PromotionType.STANDARD,
                status: "active",
                application_method: {
                  type: "percentage",
                  target_type: "items",
                  allocation: "across",
                  value: 10,
                  currency_code: "eur",
                },
              },
            ],
          },
        })
        const placed = await placeOrder(container, basics, {
          customer,
          items: [
            { variant_id: basics.variants[6].id, quantity: 3 },
            { variant_id: basics.variants[0].id, quantity: 1 },
          ],
          promo_codes: ["TENOFF"],
        })
        const [tee, merino] = await lineIds(placed.id, [
          basics.variants[6].id,
          basics.variants[0].id,
        ])
        return { id: placed.id, tee, merino }
      }

      const compare = async (taxInclusive: boolean) => {
        const placed = await discountedOrder()
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [o],
        } = await query.graph({
          entity: "order",
          fields: [
            "item_total",
            "discount_total",
            "tax_total",
            "items.is_tax_inclusive",
          ],
          filters: { id: placed.id },
        })
        expect(Number(o.discount_total)).toBeGreaterThan(0)
        expect(Number(o.tax_total)).toBeGreaterThan(0)
        expect(o.items.map((i) => i!.is_tax_inclusive)).toEqual([
          taxInclusive,
          taxInclusive,
        ])

        const res = await create(
          {
            order_id: placed.id,
            items: [
              {
                line_item_id: placed.tee,
                quantity: 2,
                reason_code: "TOO_SMALL",
                condition: "new",
              },
              {
                line_item_id: placed.merino,
                quantity: 1,
                reason_code: "TOO_SMALL",
                condition: "new",
              },
            ],
            override: {
              outcome: "auto_approve",
              justification: "Refund comparison with the native return",
            },
          },
          supervisor
        )
        expect(res.data.message).toBeUndefined()
        const rr = res.data.return_request
        expect(rr.return_id).toMatch(/^return_/)
        const refund = await medusaRefund(placed.id, rr.return_id)
        return { estimate: rr.refund_estimate, refund }
      }

      it("on a discounted order with tax on top of prices", async () => {
        const { estimate, refund } = await compare(false)
        expect(estimate.refund_total).toEqual(refund)
        // (2 x €25 + €89) less 10%, plus 20% VAT, less €6 return shipping.
        expect(refund).toEqual(144.12)
      })

      it("on a discounted order with tax-inclusive prices", async () => {
        // The store already has preferences for its currency and region.
        const pricing = getContainer().resolve(Modules.PRICING)
        const existing = await pricing.listPricePreferences({
          value: ["eur", basics.region.id],
        })
        expect(existing.length).toBeGreaterThan(0)
        await updatePricePreferencesWorkflow(getContainer()).run({
          input: {
            selector: { id: existing.map((p) => p.id) },
            update: { is_tax_inclusive: true },
          },
        })
        const { estimate, refund } = await compare(true)
        expect(estimate.refund_total).toEqual(refund)
        // (2 x €25 + €89) less 10%, VAT included, less €6 return shipping.
        expect(refund).toEqual(119.1)
      })
    })
  },
})
