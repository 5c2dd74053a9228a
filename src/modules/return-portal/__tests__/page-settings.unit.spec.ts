import { portalPageSettings } from "../page-settings"

describe("portalPageSettings", () => {
  it("has a plain theme in English, the store's own key and no fixed URL by default", () => {
    expect(portalPageSettings()).toEqual({
      name: "Returns",
      logo_url: null,
      primary_color: "#1f4ed8",
      default_locale: "en",
      publishable_key: null,
      url: null,
      email_links: false,
    })
  })

  it("reads the theme beside the guest access options of the same key", () => {
    const settings = portalPageSettings({
      portal: {
        name: "Acme returns",
        primary_color: "#0F766E",
        default_locale: "fr",
        url: "https://api.acme.test/returns/",
        code_ttl_minutes: 10,
      } as never,
    })
    expect(settings).toEqual(
      expect.objectContaining({
        name: "Acme returns",
        primary_color: "#0f766e",
        default_locale: "fr",
        url: "https://api.acme.test/returns",
      })
    )
  })

  it("stops the app naming the option when a value would reach the page unchecked", () => {
    expect(() =>
      portalPageSettings({ portal: { primary_color: "red;}body{" } })
    ).toThrow("portal.primary_color must be a #rrggbb colour")
    expect(() =>
      portalPageSettings({ portal: { logo_url: "javascript:alert(1)" } })
    ).toThrow("portal.logo_url must be an absolute http(s) URL")
    expect(() =>
      portalPageSettings({ portal: { default_locale: "de" } })
    ).toThrow("portal.default_locale must be en or fr")
  })
})
