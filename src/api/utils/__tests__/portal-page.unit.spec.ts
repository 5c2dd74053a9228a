import { portalLocaleOf, textColourOn } from "../portal-page"

describe("portalLocaleOf", () => {
  it("takes ?lang= first, then the browser's first supported language, then the default", () => {
    expect(portalLocaleOf("fr", "en-US,en;q=0.9", "en")).toBe("fr")
    expect(portalLocaleOf(undefined, "de-DE,fr-CA;q=0.8,en;q=0.5", "en")).toBe(
      "fr"
    )
    expect(portalLocaleOf(undefined, "de-DE,es;q=0.8", "fr")).toBe("fr")
    expect(portalLocaleOf(undefined, undefined, "en")).toBe("en")
  })
})

describe("textColourOn", () => {
  it("picks the text colour with the higher contrast on the theme colour", () => {
    expect(textColourOn("#1f4ed8")).toBe("#ffffff")
    expect(textColourOn("#0f766e")).toBe("#ffffff")
    expect(textColourOn("#fde047")).toBe("#000000")
    expect(textColourOn("#ffffff")).toBe("#000000")
  })
})
