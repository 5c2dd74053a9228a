import { formatMoney } from "../../../utils/money"
import type { ReturnReceiptData } from "./types"

// The receipt is in English, like its labels; the standard PDF fonts
// (WinAnsi) carry €, £ and ¥.
const money = (amount: number, currency: string) =>
  formatMoney(amount, currency, "en")

const CHANNELS: Record<string, string> = {
  phone: "phone",
  email: "email",
  chat: "chat",
  in_store: "in store",
  storefront: "online store",
}

/**
 * Renders the return authorization receipt as a PDF: RMA with a QR code
 * of it for the warehouse, items and reasons, the refund estimate, return
 * instructions and the deadline.
 *
 * Content streams are left uncompressed: the file stays small (text only
 * plus one QR image) and its text can be searched by tools and tests.
 *
 * @example
 * const pdf = await renderReturnReceiptPdf(data)
 */
export const renderReturnReceiptPdf = async (
  data: ReturnReceiptData
): Promise<Buffer> => {
  // Loaded with the first receipt, not when the server boots.
  const PDFDocument = require("pdfkit") as typeof import("pdfkit")
  const QRCode = require("qrcode") as typeof import("qrcode")
  const qr = await QRCode.toBuffer(data.rma_number, {
    type: "png",
    errorCorrectionLevel: "M",
    margin: 1,
    width: 160,
  })
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    compress: false,
    info: {
      Title: `Return authorization ${data.rma_number}`,
      Author: data.store.name,
      Subject: data.rma_number,
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  const currency = data.refund.currency_code
  doc.font("Helvetica-Bold").fontSize(18).text(data.store.name)
  doc.moveDown(0.3)
  doc.fontSize(14).text("Return authorization")
  doc.image(qr, 395, 45, { width: 150 })
  doc.moveDown(0.8)
  doc.font("Helvetica").fontSize(11)
  doc.text(`RMA: ${data.rma_number}`)
  doc.text(
    `Order: ${data.order_display_id != null ? `#${data.order_display_id}` : data.order_id}`
  )
  if (data.customer_name || data.customer_email) {
    doc.text(
      `Customer: ${[data.customer_name, data.customer_email].filter(Boolean).join(", ")}`
    )
  }
  doc.text(`Registered: ${data.created_at.slice(0, 10)}`)
  doc.text(
    `Channel: ${CHANNELS[data.channel] ?? data.channel}${data.csr_name ? `, by ${data.csr_name}` : ""}`
  )
  doc.text(
    `Status: ${data.status === "approved" ? "approved" : "waiting for review"}`
  )
  doc.text(`Send the items back by: ${data.deadline}`)

  doc.moveDown(1.2)
  doc.font("Helvetica-Bold").fontSize(12).text("Items", 50)
  doc.font("Helvetica").fontSize(10)
  for (const item of data.items) {
    doc.moveDown(0.4)
    const variant = [item.variant_title, item.sku].filter(Boolean).join(", ")
    doc.text(
      `${item.quantity} x ${item.title}${variant ? ` (${variant})` : ""}: ${money(item.refund_amount, currency)}`
    )
    doc.text(
      `Reason: ${item.reason}${item.condition ? `; condition: ${item.condition}` : ""}`,
      { indent: 12 }
    )
  }

  doc.moveDown(1)
  doc.font("Helvetica-Bold").fontSize(12).text("Refund estimate")
  doc.font("Helvetica").fontSize(10)
  doc.text(`Items: ${money(data.refund.items_total, currency)}`)
  if (data.refund.restocking_fee > 0) {
    doc.text(`Restocking fee: -${money(data.refund.restocking_fee, currency)}`)
  }
  if (data.refund.return_shipping_fee > 0) {
    doc.text(
      `Return shipping: -${money(data.refund.return_shipping_fee, currency)}`
    )
  }
  if (data.refund.store_credit_bonus > 0) {
    doc.text(
      `Store credit bonus: +${money(data.refund.store_credit_bonus, currency)}`
    )
  }
  doc
    .font("Helvetica-Bold")
    .text(
      `Total: ${money(data.refund.total + data.refund.store_credit_bonus, currency)} (${data.refund.method === "store_credit" ? "store credit" : "original payment method"})`
    )

  doc.moveDown(1)
  doc.font("Helvetica-Bold").fontSize(12).text("How to return")
  doc.font("Helvetica").fontSize(10)
  data.return_instructions.forEach((line, i) => {
    doc.text(`${i + 1}. ${line}`)
  })

  doc.end()
  return await done
}

/**
 * The text a receipt prints for the customer: what to do with the parcel,
 * by when.
 */
export const returnInstructions = (
  rmaNumber: string,
  deadline: string
): string[] => [
  `Pack the items in their original packaging if you still have it, with this receipt.`,
  `Write ${rmaNumber} on the parcel or print this page and put it inside; the warehouse scans the QR code.`,
  `Send the parcel by ${deadline} with the return label or at the store's return address.`,
  `The refund is made once the warehouse has received and checked the items.`,
]
