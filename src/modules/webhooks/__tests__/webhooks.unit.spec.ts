import { createHmac } from "node:crypto"
import { DisputeEvents } from "../../../workflows/disputes/events"
import { LoyaltyEvents } from "../../../workflows/loyalty/events"
import { ReturnRequestCompletionEvents } from "../../../workflows/return-policy/complete-return-request"
import { ReturnRequestEvents } from "../../../workflows/return-policy/request-return"
import { CustomerNotificationEvents } from "../../../workflows/notifications/send-customer-notification"
import { ExchangeEvents } from "../../../workflows/exchanges/shapes"
import { ReturnShipmentEvents } from "../../../workflows/logistics/record-return-tracking-event"
import { WEBHOOK_EVENT_TYPES } from "../catalogue"
import { webhookSettings } from "../settings"
import { signWebhookPayload, verifyWebhookSignature } from "../signature"
import { retryDelayMs } from "../utils/backoff"
import { checkWebhookUrl, isPrivateAddress } from "../utils/url-guard"

const SECRET = "whsec_test"
const BODY = '{"id":"evt_1","type":"dispute.opened"}'
const NOW = 1_765_000_000

describe("verifyWebhookSignature", () => {
  const header = signWebhookPayload(BODY, SECRET, NOW)

  it("accepts the plugin's own signature, computed as the README says", () => {
    const hex = createHmac("sha256", SECRET)
      .update(`${NOW}.${BODY}`)
      .digest("hex")
    expect(header).toEqual(`t=${NOW},v1=${hex}`)
    expect(verifyWebhookSignature(BODY, header, SECRET, 300, NOW)).toBe(true)
    expect(
      verifyWebhookSignature(
        Buffer.from(BODY),
        [header],
        SECRET,
        300,
        NOW + 300
      )
    ).toBe(true)
  })

  it("refuses a changed body, another secret, or a time outside the window", () => {
    expect(verifyWebhookSignature(BODY + " ", header, SECRET, 300, NOW)).toBe(
      false
    )
    expect(verifyWebhookSignature(BODY, header, "whsec_x", 300, NOW)).toBe(
      false
    )
    expect(verifyWebhookSignature(BODY, header, SECRET, 300, NOW + 301)).toBe(
      false
    )
    expect(verifyWebhookSignature(BODY, header, SECRET, 300, NOW - 301)).toBe(
      false
    )
  })

  it("refuses malformed headers and accepts any of several v1 (rotation)", () => {
    for (const bad of [
      undefined,
      "",
      `v1=${"a".repeat(64)}`,
      `t=${NOW}`,
      `t=abc,v1=${"a".repeat(64)}`,
      `t=${NOW},v1=zz`,
    ]) {
      expect(verifyWebhookSignature(BODY, bad, SECRET, 300, NOW)).toBe(false)
    }
    const other = signWebhookPayload(BODY, "whsec_old", NOW).split(",")[1]
    expect(
      verifyWebhookSignature(BODY, `${header},${other}`, SECRET, 300, NOW)
    ).toBe(true)
  })
})

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.0.10",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1%eth0",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "64:ff9b::10.0.0.1",
    "not-an-ip",
  ])("refuses %s", (ip) => {
    expect(isPrivateAddress(ip)).toBe(true)
  })

  it.each([
    "93.184.216.34",
    "172.32.0.1",
    "172.15.255.255",
    "100.128.0.1",
    "8.8.8.8",
    "2606:4700::1111",
    "::ffff:8.8.8.8",
  ])("allows %s", (ip) => {
    expect(isPrivateAddress(ip)).toBe(false)
  })
})

describe("checkWebhookUrl", () => {
  const strict = { allow_private_urls: false, https_only: false }
  const resolveTo = (addresses: string[]) => async () => addresses

  it("refuses names that resolve to a private address, even among public ones", async () => {
    const result = await checkWebhookUrl(
      "https://hooks.example.com/rms",
      strict,
      resolveTo(["93.184.216.34", "10.0.0.7"])
    )
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining("(10.0.0.7)"),
    })
    expect(
      await checkWebhookUrl(
        "https://hooks.example.com/rms",
        strict,
        resolveTo(["93.184.216.34"])
      )
    ).toEqual(expect.objectContaining({ ok: true }))
  })

  it("refuses literal private addresses, credentials, other schemes and http in production", async () => {
    for (const url of [
      "http://127.0.0.1:9000/hooks",
      "http://[::1]/hooks",
      "http://[::ffff:169.254.169.254]/",
      "http://0.0.0.0/",
    ]) {
      expect((await checkWebhookUrl(url, strict)).ok).toBe(false)
    }
    expect(
      await checkWebhookUrl("https://user:pw@hooks.example.com/", strict)
    ).toEqual({ ok: false, reason: "must not contain credentials" })
    expect(await checkWebhookUrl("ftp://hooks.example.com/", strict)).toEqual({
      ok: false,
      reason: "must use https",
    })
    expect(
      await checkWebhookUrl(
        "http://hooks.example.com/",
        { allow_private_urls: false, https_only: true },
        resolveTo(["93.184.216.34"])
      )
    ).toEqual({ ok: false, reason: "must use https in production" })
    expect(
      await checkWebhookUrl("https://nowhere.invalid/", strict, async () => {
        throw new Error("ENOTFOUND")
      })
    ).toEqual({ ok: false, reason: 'host "nowhere.invalid" does not resolve' })
  })

  it("allows private addresses when the option says so, or only the listed ones", async () => {
    const all = { allow_private_urls: true, https_only: false }
    expect((await checkWebhookUrl("http://10.0.0.5/", all)).ok).toBe(true)
    const one = { allow_private_urls: ["127.0.0.1"], https_only: false }
    expect((await checkWebhookUrl("http://127.0.0.1:9/", one)).ok).toBe(true)
    expect((await checkWebhookUrl("http://10.0.0.5/", one)).ok).toBe(false)
  })
})

describe("webhook settings and backoff", () => {
  it("defaults, https only in production, and a boot error naming a bad option", () => {
    expect(webhookSettings({}, "development")).toEqual({
      allow_private_urls: false,
      https_only: false,
      max_attempts: 8,
      retry_base_ms: 30_000,
      retry_max_ms: 3_600_000,
      timeout_ms: 10_000,
      disable_after_failures: 20,
    })
    expect(webhookSettings({}, "production").https_only).toBe(true)
    expect(() =>
      webhookSettings({ webhooks: { max_attempts: 0 } }, "development")
    ).toThrow("webhooks.max_attempts must be 1 or more")
  })

  it("doubles the wait per attempt up to the cap, with at most 10% jitter", () => {
    const s = { retry_base_ms: 30_000, retry_max_ms: 3_600_000 }
    expect(retryDelayMs(1, s, () => 0)).toEqual(30_000)
    expect(retryDelayMs(3, s, () => 0)).toEqual(120_000)
    expect(retryDelayMs(3, s, () => 1)).toEqual(132_000)
    expect(retryDelayMs(20, s, () => 0)).toEqual(3_600_000)
  })
})

describe("webhook event catalogue", () => {
  it("lists every event the plugin emits", () => {
    const emitted = [
      ...Object.values(DisputeEvents),
      ...Object.values(LoyaltyEvents),
      ...Object.values(ReturnRequestEvents),
      ...Object.values(ReturnRequestCompletionEvents),
      ...Object.values(CustomerNotificationEvents),
      ...Object.values(ReturnShipmentEvents),
      // SHIPPED names the email's milestone: the event is Medusa's own
      // `shipment.created`.
      ExchangeEvents.APPROVED,
      ExchangeEvents.RECEIVED,
      ExchangeEvents.OVERDUE,
    ]
    expect([...WEBHOOK_EVENT_TYPES].sort()).toEqual(emitted.sort())
  })
})
