import { pdfText } from "../../../../integration-tests/helpers/pdf-text"
import { renderReturnLabelPdf } from "../label-pdf"
import { newTrackingNumber } from "../service"

describe("renderReturnLabelPdf", () => {
  it("prints the tracking number, its barcode, the address and the items", async () => {
    const tracking = newTrackingNumber()
    expect(tracking).toMatch(/^RMS\d{12}$/)
    const pdf = await renderReturnLabelPdf({
      carrier: "RMS Post",
      tracking_number: tracking,
      service: "drop_off",
      ship_to: ["Returns dock 4", "2600 Glostrup", "DK"],
      items: [{ title: "M - MERINO-CREW-M", quantity: 2 }],
      created_at: new Date("2026-12-07T10:00:00Z"),
    })
    expect(pdf.subarray(0, 5).toString()).toEqual("%PDF-")
    const text = pdfText(pdf)
    expect(text).toContain(tracking)
    expect(text).toContain("Returns dock 4")
    expect(text).toContain("2 x M - MERINO-CREW-M")
    expect(text).toContain("Return - drop off at any service point")
    // The barcode is drawn as one image, 4 by 6 inches page.
    expect(pdf.toString("latin1")).toContain("/Subtype /Image")
    expect(pdf.toString("latin1")).toContain("/MediaBox [0 0 288 432]")
  })
})
