import { emailItemOf, oneLineAddress } from "../loaders"

describe("oneLineAddress", () => {
  it("writes the location's name and address on one line", () => {
    expect(
      oneLineAddress({
        name: "Main warehouse",
        address: {
          address_1: "Returns dock 4, Industrivej 12",
          address_2: null,
          postal_code: "2600",
          city: "Glostrup",
          country_code: "dk",
        },
      })
    ).toEqual(
      "Main warehouse, Returns dock 4, Industrivej 12, 2600 Glostrup, DK"
    )
  })

  it("is null without a street address", () => {
    expect(
      oneLineAddress({ name: "Main warehouse", address: { city: "Glostrup" } })
    ).toBeNull()
    expect(oneLineAddress({ name: "Main warehouse", address: null })).toBeNull()
  })
})

describe("emailItemOf", () => {
  it("names a line item as the emails show it", () => {
    expect(
      emailItemOf({
        title: "Merino Crew Sweater",
        variant_title: "M",
        variant_sku: "MERINO-M",
      })
    ).toEqual({
      title: "Merino Crew Sweater",
      variant_title: "M",
      sku: "MERINO-M",
    })
  })

  it("says Item for a line that is gone", () => {
    expect(emailItemOf(null)).toEqual({
      title: "Item",
      variant_title: null,
      sku: null,
    })
  })
})
