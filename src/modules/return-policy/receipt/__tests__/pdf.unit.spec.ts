import { renderReturnReceiptPdf, returnInstructions } from "../pdf"
import type { ReturnReceiptData } from "../types"

// WinAnsi is latin1 but for 0x80-0x9f; of those the receipt only prints €
// (Node decodes "windows-1252" as plain latin1).
const winAnsi = {
  decode: (bytes: Buffer) => bytes.toString("latin1").replace(/\x80/g, "€"),
}

/**
 * Text drawn on the pages: pdfkit writes it as hex strings in TJ arrays, in
 * the standard fonts' WinAnsi encoding (€ is 0x80).
 */
const pdfText = (pdf: Buffer) =>
  [...pdf.toString("latin1").matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map(([, array]) =>
      [...array.matchAll(/<([0-9a-fA-F]*)>/g)]
        .map(([, hex]) => winAnsi.decode(Buffer.from(hex, "hex")))
        .join("")
    )
    .join("\n")

const receipt = (over: Partial<ReturnReceiptData> = {}): ReturnReceiptData => ({
  id: "rreq_1",
  rma_number: "RMA-2026-000042",
  order_id: "order_1",
  order_display_id: 1042,
  customer_id: "cus_1",
  customer_name: "Vera Vip",
  customer_email: "vera@example.com",
  channel: "phone",
  created_by_type: "admin",
  created_by: "user_1",
  csr_name: "Ada Admin",
  created_at: "2026-11-25T10:00:00.000Z",
  status: "approved",
  decision_reasons: [],
  items: [
    {
      line_item_id: "ordli_1",
      title: "Merino Crew Sweater",
      variant_title: "M",
      sku: "MERINO-CREW-M",
      quantity: 2,
      reason_code: "TOO_SMALL",
      reason: "Too small",
      condition: "opened",
      refund_amount: 213.6,
    },
  ],
  refund: {
    currency_code: "eur",
    method: "store_credit",
    items_total: 213.6,
    return_shipping_fee: 6,
    restocking_fee: 10.68,
    store_credit_bonus: 9.85,
    total: 196.92,
  },
  deadline: "2026-12-25",
  return_instructions: returnInstructions("RMA-2026-000042", "2026-12-25"),
  store: { name: "Nordic Wool" },
  ...over,
})

describe("renderReturnReceiptPdf", () => {
  it("is a PDF with the RMA, items, reasons, refund, deadline and a QR image", async () => {
    const pdf = await renderReturnReceiptPdf(receipt())
    expect(pdf.subarray(0, 5).toString()).toEqual("%PDF-")
    const text = pdfText(pdf)
    expect(text).toContain("RMA: RMA-2026-000042")
    expect(text).toContain("Order: #1042")
    expect(text).toContain("Channel: phone, by Ada Admin")
    expect(text).toContain(
      "2 x Merino Crew Sweater (M, MERINO-CREW-M): €213.60"
    )
    expect(text).toContain("Reason: Too small; condition: opened")
    expect(text).toContain("Restocking fee: -€10.68")
    expect(text).toContain("Return shipping: -€6.00")
    expect(text).toContain("Store credit bonus: +€9.85")
    expect(text).toContain("Total: €206.77 (store credit)")
    expect(text).toContain("Send the items back by: 2026-12-25")
    expect(text).toContain("Send the parcel by 2026-12-25")
    expect(pdf.toString("latin1")).toMatch(/\/Subtype \/Image/)
  })

  it("leaves out fees that are zero and names a waiting request", async () => {
    const text = pdfText(
      await renderReturnReceiptPdf(
        receipt({
          status: "pending_review",
          order_display_id: null,
          refund: {
            currency_code: "eur",
            method: "original_payment",
            items_total: 30,
            return_shipping_fee: 0,
            restocking_fee: 0,
            store_credit_bonus: 0,
            total: 30,
          },
        })
      )
    )
    expect(text).toContain("Status: waiting for review")
    expect(text).toContain("Order: order_1")
    expect(text).not.toContain("Restocking fee")
    expect(text).not.toContain("Return shipping:")
    expect(text).toContain("Total: €30.00 (original payment method)")
  })
})
