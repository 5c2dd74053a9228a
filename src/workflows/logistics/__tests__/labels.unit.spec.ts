import { labelOfFulfillments } from "../labels"
import { pickupDateProblem } from "../pickup"

describe("labelOfFulfillments", () => {
  it("takes the first label with a tracking number, with the provider's data", () => {
    expect(
      labelOfFulfillments([
        { id: "ful_manual", provider_id: "manual_manual", labels: [] },
        {
          id: "ful_1",
          provider_id: "rms-labels_rms",
          data: {
            carrier: "RMS Post",
            label_file_id: "file_1",
            pickup_available: true,
          },
          labels: [
            { tracking_number: "", tracking_url: "", label_url: "" },
            {
              tracking_number: "RMS123",
              tracking_url: "",
              label_url: "https://files.test/label.pdf",
            },
          ],
        },
      ])
    ).toEqual({
      fulfillment_id: "ful_1",
      provider_id: "rms-labels_rms",
      carrier: "RMS Post",
      tracking_number: "RMS123",
      tracking_url: null,
      label_url: "https://files.test/label.pdf",
      label_file_id: "file_1",
      pickup_available: true,
    })
  })

  it("is null when no provider issued a label", () => {
    expect(labelOfFulfillments([{ id: "ful_1", labels: null }])).toBeNull()
    expect(labelOfFulfillments(null)).toBeNull()
  })
})

describe("pickupDateProblem", () => {
  const now = new Date("2026-12-07T23:30:00Z")
  it("accepts tomorrow up to 14 days ahead (UTC days)", () => {
    expect(pickupDateProblem(new Date("2026-12-08"), now)).toBeNull()
    expect(pickupDateProblem(new Date("2026-12-21"), now)).toBeNull()
  })
  it("refuses today, the past and later than 14 days", () => {
    expect(pickupDateProblem(new Date("2026-12-07T23:59:00Z"), now)).toEqual(
      "pickup_date must be tomorrow or later"
    )
    expect(pickupDateProblem(new Date("2026-12-22"), now)).toEqual(
      "pickup_date must be at most 14 days ahead"
    )
  })
})
