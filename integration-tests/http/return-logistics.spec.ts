import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder, StoreBasics } from "../fixtures"
import { useLabelledReturnShipping } from "../fixtures/logistics"
import { useFakeResend } from "../helpers/fake-resend"
import { seedOncePerFile, seedShop, seedStandardPolicy } from "../helpers/shop"
import { pdfText } from "../helpers/pdf-text"
import { waitFor } from "../helpers/wait-for"
import { startWebhookReceiver } from "../helpers/webhook-receiver"
import { deliverWebhooksWorkflow } from "../../src/workflows/webhooks"

jest.setTimeout(180 * 1000)

const resend = useFakeResend()
const emails = resend.emails

type Shipment = {
  id: string
  carrier: string
  tracking_number: string
  tracking_url: string
  label_url: string
  status: string
  method: string
  pickup_available: boolean
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    const { api, getContainer, utils } = options
    let basics: StoreBasics
    let customer: { id: string; email: string }
    let headers: Record<string, any>
    let admin: Record<string, any>
    let order: { id: string }
    let teeLine: string

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ basics, customer, headers, admin } = await seedShop(container, api, {
        first_name: "Vera",
      }))
      await useLabelledReturnShipping(container, basics)
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
      const placed = await placeOrder(container, basics, {
        customer,
        items: [{ variant_id: basics.variants[6].id, quantity: 2 }],
      })
      order = { id: placed.id }
      const {
        data: [found],
      } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["items.id"],
        filters: { id: placed.id },
      })
      teeLine = found.items[0]!.id
      await utils.waitWorkflowExecutions()
      resend.server().reset()
    })

    // Every test starts from the same snapshot, so RMA numbers repeat:
    // an email found by its subject must be this test's.
    beforeEach(() => {
      resend.server().reset()
    })

    const requestReturn = async (reason_code: string) => {
      const { data } = await api.post(
        "/store/return-requests",
        {
          order_id: order.id,
          items: [{ line_item_id: teeLine, quantity: 1, reason_code }],
        },
        headers
      )
      return data.return_request as {
        id: string
        rma_number: string
        status: string
      }
    }

    const labelPdf = async (shipment: Shipment) => {
      const {
        data: [stored],
      } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "return_shipment",
          fields: ["label_file_id"],
          filters: { id: shipment.id },
        })
      return getContainer()
        .resolve(Modules.FILE)
        .getAsBuffer(stored.label_file_id!)
    }

    /** The approval email, with its label PDF attached and linked. */
    const expectApprovalEmail = async (rma: string, shipment: Shipment) => {
      await waitFor(
        () => emails(`Your return ${rma} is approved`).length,
        "the approval email"
      )
      const [email] = emails(`Your return ${rma} is approved`)
      const html = String(email.body.html)
      expect(html).toContain(shipment.tracking_number)
      expect(html).toContain("RMS Post")
      expect(html).toContain(shipment.label_url)
      expect(html).toContain("Download your return label")
      const [pdf] = email.body.attachments as Record<string, string>[]
      expect(pdf.filename).toEqual(
        `return-label-${shipment.tracking_number}.pdf`
      )
      const attached = Buffer.from(pdf.content, "base64")
      expect(attached.subarray(0, 5).toString()).toEqual("%PDF-")
      expect(pdfText(attached)).toContain(shipment.tracking_number)
    }

    it("an auto-approved return gets a real PDF label; tracking updates email the customer once each", async () => {
      const rr = await requestReturn("TOO_SMALL")
      expect(rr.status).toEqual("approved")

      const { data } = await api.get(`/store/return-requests/${rr.id}`, headers)
      // The request's own answer, shaped from what its workflow read,
      // already shows the parcel as it is read back.
      expect(rr).toEqual(data.return_request)
      const shipment = data.return_request.return_shipment as Shipment
      expect(shipment).toEqual(
        expect.objectContaining({
          carrier: "RMS Post",
          status: "label_created",
          method: "drop_off",
          pickup_available: true,
          tracking_url: `https://track.example.com/${shipment.tracking_number}`,
        })
      )
      expect(shipment.tracking_number).toMatch(/^RMS\d{12}$/)
      expect(data.return_request.return_shipping.tracking_number).toEqual(
        shipment.tracking_number
      )

      // A real PDF: header, the tracking number printed, the warehouse, an image (the barcode).
      const pdf = await labelPdf(shipment)
      expect(pdf.subarray(0, 5).toString()).toEqual("%PDF-")
      const text = pdfText(pdf)
      expect(text).toContain(shipment.tracking_number)
      expect(text).toContain("Returns dock 4, Industrivej 12")
      expect(text).toContain("1 x S - COTTON-TEE-S")
      expect(pdf.toString("latin1")).toContain("/Subtype /Image")

      await expectApprovalEmail(rr.rma_number, shipment)

      // The carrier collects: the customer books a pickup instead of a drop-off.
      const choose = (body: Record<string, unknown>) =>
        api
          .post(`/store/return-requests/${rr.id}/return-method`, body, headers)
          .catch((e) => e.response)
      const noDate = await choose({ method: "pickup" })
      expect(noDate.status).toEqual(400)
      expect(noDate.data.message).toContain("pickup_date")
      const past = await choose({ method: "pickup", pickup_date: "2020-01-01" })
      expect(past.status).toEqual(400)
      expect(past.data.message).toContain("pickup_date must be tomorrow")
      const pickupDay = new Date(Date.now() + 3 * 86_400_000)
        .toISOString()
        .slice(0, 10)
      const booked = await choose({ method: "pickup", pickup_date: pickupDay })
      expect(booked.status).toEqual(200)
      expect(booked.data.return_request.return_shipment).toEqual(
        expect.objectContaining({
          method: "pickup",
          method_chosen_by_type: "customer",
        })
      )
      expect(
        booked.data.return_request.return_shipment.pickup_date.slice(0, 10)
      ).toEqual(pickupDay)

      // The carrier's integration calls with a secret API key.
      const {
        result: [secret],
      } = await createApiKeysWorkflow(getContainer()).run({
        input: {
          api_keys: [{ title: "Carrier", type: "secret", created_by: "" }],
        },
      })
      const carrier = {
        headers: {
          authorization: `Basic ${Buffer.from(`${secret.token}:`).toString("base64")}`,
        },
      }
      const track = (
        status: string,
        tracking_number = shipment.tracking_number
      ) =>
        api
          .post(
            "/admin/return-shipments/tracking-events",
            { tracking_number, status },
            carrier
          )
          .catch((e) => e.response)

      // The merchant's helpdesk follows the parcel through webhooks.
      const receiver = await startWebhookReceiver()
      const endpoint = await api.post(
        "/admin/webhooks/endpoints",
        {
          url: receiver.url,
          events: ["return_shipment.in_transit", "return_shipment.delivered"],
        },
        admin
      )
      expect(endpoint.status).toEqual(200)

      const first = await track("in_transit")
      expect(first.status).toEqual(200)
      expect(first.data).toEqual({
        moved: true,
        return_shipment: expect.objectContaining({
          status: "in_transit",
          in_transit_at: expect.any(String),
        }),
      })
      const again = await track("in_transit")
      expect(again.data.moved).toEqual(false)
      expect((await track("delivered")).data.return_shipment.status).toEqual(
        "delivered"
      )
      expect((await track("delivered")).data.moved).toEqual(false)
      // A late scan never moves a parcel backwards.
      const late = await track("in_transit")
      expect(late.data).toEqual({
        moved: false,
        return_shipment: expect.objectContaining({ status: "delivered" }),
      })

      // Too late to change the hand-over once the carrier has the parcel.
      const tooLate = await choose({ method: "drop_off" })
      expect(tooLate.status).toEqual(400)
      expect(tooLate.data.message).toContain("already has the parcel")

      const unknown = await track("delivered", "RMS000000000000")
      expect(unknown.status).toEqual(404)
      expect(unknown.data.message).toContain("tracking_number")
      const bad = await track("lost")
      expect(bad.status).toEqual(400)
      expect(bad.data.message).toContain("status")

      const inTransit = `Your return ${rr.rma_number} is on its way`
      const delivered = `Your return ${rr.rma_number} has reached our warehouse`
      await waitFor(
        () => emails(inTransit).length && emails(delivered).length,
        "the tracking emails"
      )
      await utils.waitWorkflowExecutions()
      expect(emails(inTransit)).toHaveLength(1)
      expect(emails(delivered)).toHaveLength(1)
      const transitHtml = String(emails(inTransit)[0].body.html)
      expect(transitHtml).toContain(shipment.tracking_number)
      expect(transitHtml).toContain(shipment.tracking_url)
      expect(String(emails(delivered)[0].body.html)).toContain(
        shipment.tracking_number
      )

      const { data: after } = await api.get(
        `/store/return-requests/${rr.id}`,
        headers
      )
      expect(after.return_request.return_shipment.status).toEqual("delivered")

      // One delivery per move, in order, with the tracking and never the label.
      await deliverWebhooksWorkflow(getContainer()).run({
        input: { limit: 50 },
      })
      await receiver.close()
      const hooks = receiver.received.map((r) => JSON.parse(r.body))
      expect(hooks.map((h) => h.type)).toEqual([
        "return_shipment.in_transit",
        "return_shipment.delivered",
      ])
      expect(hooks[1].data).toEqual({
        return_shipment: expect.objectContaining({
          carrier: "RMS Post",
          tracking_number: shipment.tracking_number,
          status: "delivered",
          method: "pickup",
          method_chosen_by_type: "customer",
        }),
        return_request: {
          id: rr.id,
          rma_number: rr.rma_number,
          order_id: order.id,
        },
      })
      expect(JSON.stringify(hooks)).not.toContain("label")
    })

    it("a reviewed return gets its label when staff approve it", async () => {
      const rr = await requestReturn("DAMAGED")
      expect(rr.status).toEqual("pending_review")
      const { data: held } = await api.get(
        `/admin/return-requests/${rr.id}`,
        admin
      )
      expect(held.return_request.return_shipment).toBeFalsy()

      await api.post(`/admin/return-requests/${rr.id}/approve`, {}, admin)
      const { data } = await api.get(`/admin/return-requests/${rr.id}`, admin)
      const shipment = data.return_request.return_shipment as Shipment
      expect(shipment.tracking_number).toMatch(/^RMS\d{12}$/)
      expect(shipment.label_url).toMatch(/label-RMS\d{12}.*\.pdf$/)

      const pdf = await labelPdf(shipment)
      expect(pdf.subarray(0, 5).toString()).toEqual("%PDF-")
      expect(pdfText(pdf)).toContain(shipment.tracking_number)

      await expectApprovalEmail(rr.rma_number, shipment)
    })

    it("customer service books the pickup for a customer on the phone, under the customer's rules", async () => {
      const rr = await requestReturn("TOO_SMALL")
      expect(rr.status).toEqual("approved")
      const {
        data: { user: csr },
      } = await api.get("/admin/users/me", admin)
      const book = (id: string, body: Record<string, unknown>) =>
        api
          .post(`/admin/return-requests/${id}/return-method`, body, admin)
          .catch((e) => e.response)
      const day = (ahead: number) =>
        new Date(Date.now() + ahead * 86_400_000).toISOString().slice(0, 10)

      // Bad input names the field; an unknown request is a 404.
      const farOff = await book(rr.id, {
        method: "pickup",
        pickup_date: day(30),
      })
      expect(farOff.status).toEqual(400)
      expect(farOff.data.message).toContain(
        "pickup_date must be at most 14 days ahead"
      )
      const noDate = await book(rr.id, { method: "pickup" })
      expect(noDate.status).toEqual(400)
      expect(noDate.data.message).toContain("pickup_date")
      const notADay = await book(rr.id, {
        method: "pickup",
        pickup_date: "next week",
      })
      expect(notADay.status).toEqual(400)
      expect(notADay.data.message).toContain("pickup_date")
      const unknown = await book("rreq_does_not_exist", { method: "drop_off" })
      expect(unknown.status).toEqual(404)

      const booked = await book(rr.id, {
        method: "pickup",
        pickup_date: day(2),
      })
      expect(booked.status).toEqual(200)
      const shipment = booked.data.return_request.return_shipment
      expect(shipment).toEqual(
        expect.objectContaining({
          method: "pickup",
          method_chosen_by_type: "admin",
          method_chosen_by: csr.id,
        })
      )
      expect(shipment.pickup_date.slice(0, 10)).toEqual(day(2))
      // The customer sees that the store booked it, not which staff member.
      const { data: mine } = await api.get(
        `/store/return-requests/${rr.id}`,
        headers
      )
      expect(mine.return_request.return_shipment).toEqual(
        expect.objectContaining({
          method: "pickup",
          method_chosen_by_type: "admin",
        })
      )
      expect(mine.return_request.return_shipment).not.toHaveProperty(
        "method_chosen_by"
      )

      // A carrier that does not collect: nothing to book, a drop-off it is.
      await getContainer()
        .resolve(Modules.FULFILLMENT)
        .updateShippingOptions(basics.returnShippingOption.id, {
          data: { id: "rms-return", pickup: false },
        })
      const dropOnly = await requestReturn("TOO_SMALL")
      expect(dropOnly.status).toEqual("approved")
      const noPickup = await book(dropOnly.id, {
        method: "pickup",
        pickup_date: day(2),
      })
      expect(noPickup.status).toEqual(400)
      expect(noPickup.data.message).toContain("does not collect parcels")

      // Once the carrier has the parcel, the hand-over is settled.
      const scanned = await api.post(
        "/admin/return-shipments/tracking-events",
        { tracking_number: shipment.tracking_number, status: "in_transit" },
        admin
      )
      expect(scanned.data.moved).toEqual(true)
      const tooLate = await book(rr.id, { method: "drop_off" })
      expect(tooLate.status).toEqual(400)
      expect(tooLate.data.message).toContain("already has the parcel")
      // The scan's email is sent after the answer: let it finish here.
      await waitFor(
        () => emails(`Your return ${rr.rma_number} is on its way`).length,
        "the in-transit email"
      )
      await utils.waitWorkflowExecutions()
    })
  },
})
