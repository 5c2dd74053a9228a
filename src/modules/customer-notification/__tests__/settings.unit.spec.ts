import { notificationSettings } from "../settings"

describe("notificationSettings", () => {
  it("has no storefront, so no customer links, by default", () => {
    expect(notificationSettings()).toEqual({
      max_retries: 3,
      retry_backoff_ms: 1000,
      storefront_url: null,
      store: { url: null, logo_url: null, support_email: null },
      account_url: null,
    })
  })

  it("takes the storefront URL without its trailing slash, for links and the footer", () => {
    const settings = notificationSettings({
      notifications: { storefront_url: "https://shop.example.com/" },
    })
    expect(settings.storefront_url).toBe("https://shop.example.com")
    expect(settings.store.url).toBe("https://shop.example.com")
  })

  it("still reads store.url, the option's older name", () => {
    const settings = notificationSettings({
      notifications: { store: { url: "https://old.example.com" } },
    })
    expect(settings.storefront_url).toBe("https://old.example.com")
  })

  it("stops the app naming the option when a URL is not absolute http(s)", () => {
    expect(() =>
      notificationSettings({
        notifications: { storefront_url: "shop.example.com" },
      })
    ).toThrow(
      'notifications.storefront_url must be an absolute http(s) URL, got "shop.example.com"'
    )
    expect(() =>
      notificationSettings({
        notifications: { storefront_url: "javascript:alert(1)" },
      })
    ).toThrow("notifications.storefront_url must be an absolute http(s) URL")
    expect(() =>
      notificationSettings({
        notifications: { max_retries: -1 },
      } as never)
    ).toThrow("notifications.max_retries must be 0 or more")
    // The workflow engine polls a failed email's retries for an hour at most.
    expect(() =>
      notificationSettings({
        notifications: { max_retries: 10, retry_backoff_ms: 60_000 },
      })
    ).toThrow(
      "the last retry would come 1023 minutes after the first email, at most 60 are allowed"
    )
    expect(
      notificationSettings({
        notifications: { max_retries: 5, retry_backoff_ms: 60_000 },
      }).max_retries
    ).toBe(5)
  })

  it("leaves the other parts of the plugin's options alone", () => {
    expect(
      notificationSettings({
        loyalty: { points_per_currency_unit: 2 },
        notifications: { max_retries: 1, retry_backoff_ms: 20 },
      } as never).max_retries
    ).toBe(1)
  })
})
