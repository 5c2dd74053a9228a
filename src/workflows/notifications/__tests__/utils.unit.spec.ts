import { defineConfig } from "@medusajs/framework/utils"
import {
  attemptIdempotencyKey,
  customerPageUrl,
  hasNotificationChannel,
  isMissingProviderError,
  maskEmail,
  maskPhone,
  notificationIdempotencyKey,
  shortError,
} from "../utils"
import { describeTierBenefits } from "../steps/build-tier-changed-notification"
import {
  BUILTIN_POLICY,
  DEFAULT_POLICY_TERMS,
} from "../../../modules/return-policy/engine"

const containerWith = (config: unknown) =>
  ({
    resolve: (key: string) => {
      if (key !== "configModule") {
        throw new Error(`unexpected ${key}`)
      }
      return config
    },
  }) as any

describe("notification keys", () => {
  it("builds the key from event, entity and template", () => {
    expect(
      notificationIdempotencyKey({
        event: "loyalty.reward_redeemed",
        entity_id: "lrdm_1",
        template: "reward-redeemed",
      })
    ).toEqual("loyalty.reward_redeemed:lrdm_1:reward-redeemed")
    expect(
      notificationIdempotencyKey({
        event: "e",
        entity_id: "x",
        template: "t",
        idempotency_suffix: "resend-1",
      })
    ).toEqual("e:x:t:resend-1")
  })

  it("gives each retry its own Notification module key", () => {
    expect(attemptIdempotencyKey("k", 1)).toEqual("k")
    expect(attemptIdempotencyKey("k", 2)).toEqual("k:attempt-2")
  })
})

describe("masking", () => {
  it("keeps the first letter and the domain of an email", () => {
    expect(maskEmail("vera@example.com")).toEqual("v***@example.com")
    expect(maskEmail(null)).toBeNull()
    expect(maskEmail("broken")).toEqual("***")
  })

  it("keeps the last four digits of a phone number", () => {
    expect(maskPhone("+45 12 34 56 78")).toEqual("***5678")
    expect(maskPhone("123")).toEqual("***")
  })

  it("shortens provider errors and removes addresses and numbers", () => {
    const error = new Error(
      "Failed to send notification with id noti_1:\nCould not send to vera@example.com or +45 12 34 56 78: 500"
    )
    expect(shortError(error)).toEqual(
      "Could not send to [redacted] or [redacted]: 500"
    )
    expect(shortError("x".repeat(400))).toHaveLength(300)
  })
})

describe("hasNotificationChannel", () => {
  it("reads the Notification module's providers from the config", () => {
    const withSms = defineConfig({
      projectConfig: {},
      modules: [
        {
          resolve: "@medusajs/medusa/notification",
          options: {
            providers: [
              { resolve: "x", id: "sms", options: { channels: ["sms"] } },
            ],
          },
        },
      ],
    })
    expect(hasNotificationChannel(containerWith(withSms), "sms")).toBe(true)
    expect(hasNotificationChannel(containerWith(withSms), "email")).toBe(false)

    const defaults = defineConfig({ projectConfig: {} })
    expect(hasNotificationChannel(containerWith(defaults), "sms")).toBe(false)
    expect(hasNotificationChannel(containerWith(defaults), "feed")).toBe(true)
  })

  it("recognises the module's missing-provider error", () => {
    expect(
      isMissingProviderError(
        new Error(
          "Could not find a notification provider for channel: sms for notification id noti_1"
        )
      )
    ).toBe(true)
    expect(isMissingProviderError(new Error("boom"))).toBe(false)
  })
})

describe("describeTierBenefits", () => {
  const gold = {
    id: "t",
    name: "Gold",
    rank: 1,
    points_multiplier: 1.5,
    benefits: {
      free_return_shipping: true,
      early_access: true,
      hidden: false,
      perks: ["Birthday gift"],
      support: "priority",
    },
  }

  it("turns free-form benefits into sentences, with the tier policy's return window", () => {
    expect(describeTierBenefits(gold, { return_window_days: 60 })).toEqual([
      "1.5× points on every order",
      "60-day return window",
      "Free return shipping",
      "Early access",
      "Birthday gift",
      "Support: priority",
    ])
    expect(describeTierBenefits(null, { return_window_days: 60 })).toEqual([])
  })

  it("states the window of the policy that applies, never one left in the tier's benefits", () => {
    const lines = describeTierBenefits(
      { ...gold, benefits: { ...gold.benefits, return_window_days: 90 } },
      BUILTIN_POLICY
    )
    expect(lines).toContain(
      `${DEFAULT_POLICY_TERMS.return_window_days}-day return window`
    )
    expect(lines.join(" ")).not.toMatch(/90|Return window days/)
  })
})

describe("customerPageUrl", () => {
  const portal = "https://api.shop.com/returns"
  const store = "https://shop.example.com"

  it("links the storefront's account pages when a storefront is set", () => {
    const bases = {
      storefront_url: store,
      portal_url: portal,
      prefer_portal: false,
    }
    expect(customerPageUrl(bases, { page: "return_request", id: "rr_1" })).toBe(
      `${store}/account/returns/rr_1`
    )
    expect(customerPageUrl(bases, { page: "rate_dispute", id: "dsp_1" })).toBe(
      `${store}/account/disputes/dsp_1?rate=1`
    )
    expect(
      customerPageUrl(bases, { page: "new_dispute", return_request_id: "rr_1" })
    ).toBe(`${store}/account/disputes/new?return_request_id=rr_1`)
  })

  it("links the return portal's pages without a storefront, or when asked to", () => {
    for (const bases of [
      { storefront_url: null, portal_url: portal, prefer_portal: false },
      { storefront_url: store, portal_url: portal, prefer_portal: true },
    ]) {
      expect(
        customerPageUrl(bases, { page: "return_request", id: "rr_1" })
      ).toBe(`${portal}#/requests/rr_1`)
      expect(customerPageUrl(bases, { page: "dispute", id: "dsp_1" })).toBe(
        `${portal}#/disputes/dsp_1`
      )
      expect(
        customerPageUrl(bases, { page: "rate_dispute", id: "dsp_1" })
      ).toBe(`${portal}#/disputes/dsp_1/rate`)
      expect(
        customerPageUrl(bases, {
          page: "new_dispute",
          return_request_id: "rr_1",
        })
      ).toBe(`${portal}#/requests/rr_1/dispute`)
    }
  })

  it("leaves the link out when neither is known", () => {
    expect(
      customerPageUrl(
        { storefront_url: null, portal_url: null, prefer_portal: true },
        { page: "dispute", id: "dsp_1" }
      )
    ).toBeNull()
  })
})
