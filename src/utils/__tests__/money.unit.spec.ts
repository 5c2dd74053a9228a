import { formatMoney } from "../money"

/** Intl puts narrow/no-break spaces in French amounts. */
const spaces = (value: string) => value.replace(/[\u00a0\u202f]/g, " ")

describe("formatMoney", () => {
  it("formats money with Intl and survives unknown currencies", () => {
    expect(formatMoney(42.5, "eur", "en")).toBe("€42.50")
    expect(formatMoney("1042.5", "usd", "en-US")).toBe("$1,042.50")
    expect(spaces(formatMoney(42.5, "EUR", "fr"))).toBe("42,50 €")
    expect(formatMoney(3, "XXXX", "en")).toBe("3.00 XXXX")
  })

  it("writes English when no locale is given, with the currency's digits", () => {
    expect(formatMoney(122.82, "eur")).toBe("€122.82")
    expect(formatMoney(1500, "jpy")).toBe("¥1,500")
  })
})
