/** What a return label prints. */
export type ReturnLabelData = {
  carrier: string
  tracking_number: string
  /** "drop_off" or "pickup": how the parcel leaves the customer. */
  service: string
  /** Where the parcel goes: the warehouse's address lines. */
  ship_to: string[]
  items: { title: string; quantity: number }[]
  created_at: Date
}

const SERVICE_LABEL: Record<string, string> = {
  drop_off: "Return - drop off at any service point",
  pickup: "Return - collected at your address",
}

/**
 * Renders a 4x6 inch shipping label as a PDF: carrier, service, the
 * warehouse address, the tracking number as a Code 128 barcode and in
 * print, and the items in the parcel.
 *
 * Content streams are left uncompressed (text plus one barcode image): the
 * tracking number can be found in the file by tools and tests.
 *
 * @example
 * const pdf = await renderReturnLabelPdf({ carrier: "RMS Post", tracking_number: "RMS123", ... })
 */
export const renderReturnLabelPdf = async (
  data: ReturnLabelData
): Promise<Buffer> => {
  // Loaded with the first label, not when the server boots.
  const bwipjs = require("bwip-js") as typeof import("bwip-js")
  const PDFDocument = require("pdfkit") as typeof import("pdfkit")
  const barcode = await bwipjs.toBuffer({
    bcid: "code128",
    text: data.tracking_number,
    scale: 3,
    height: 14,
    includetext: false,
  })
  const doc = new PDFDocument({
    size: [288, 432],
    margin: 18,
    compress: false,
    info: {
      Title: `Return label ${data.tracking_number}`,
      Author: data.carrier,
      Subject: data.tracking_number,
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  doc.font("Helvetica-Bold").fontSize(16).text(data.carrier)
  doc
    .font("Helvetica")
    .fontSize(9)
    .text(SERVICE_LABEL[data.service] ?? `Return - ${data.service}`)
  doc.text(`Issued ${data.created_at.toISOString().slice(0, 10)}`)
  doc
    .moveTo(18, doc.y + 6)
    .lineTo(270, doc.y + 6)
    .stroke()
  doc.moveDown(1)
  doc.font("Helvetica-Bold").fontSize(10).text("SHIP TO")
  doc.font("Helvetica").fontSize(12)
  for (const line of data.ship_to.length
    ? data.ship_to
    : ["Returns department"]) {
    doc.text(line)
  }
  doc.moveDown(1)
  doc.image(barcode, 18, doc.y, { width: 252, height: 70 })
  doc.y += 76
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .text(data.tracking_number, { align: "center" })
  doc.moveDown(0.8)
  doc.font("Helvetica-Bold").fontSize(9).text("CONTENTS")
  doc.font("Helvetica").fontSize(9)
  for (const item of data.items) {
    doc.text(`${item.quantity} x ${item.title}`)
  }
  doc.end()
  return done
}
