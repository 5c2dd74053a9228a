import type { Logger } from "@medusajs/framework/types"
import { Resend } from "resend"
import { sampleData } from "../../../emails/samples"
import {
  ResendNotificationProviderService,
  resendIdempotencyKey,
  type ResendProviderOptions,
  type ResendSendNotificationInput,
} from "../service"
import { startFakeResend, type FakeResend } from "./fake-resend-server"

const API_KEY = "re_test_0123456789"
const RECIPIENT = "camille@example.com"

const makeLogger = () =>
  ({
    info: jest.fn(),
    warn: jest.fn(),
    error: jest.fn(),
    debug: jest.fn(),
  }) as unknown as Logger & { warn: jest.Mock }

const notification = (
  overrides: Partial<ResendSendNotificationInput> = {}
): ResendSendNotificationInput => ({
  to: RECIPIENT,
  channel: "email",
  template: "return-approved",
  data: sampleData["return-approved"],
  idempotency_key: "return-approved:ret_01",
  ...overrides,
})

describe("ResendNotificationProviderService", () => {
  let server: FakeResend
  let logger: ReturnType<typeof makeLogger>
  let provider: ResendNotificationProviderService
  const realFetch = global.fetch
  const fetchedUrls: string[] = []

  const options = (
    extra: Partial<ResendProviderOptions> = {}
  ): ResendProviderOptions => ({
    api_key: API_KEY,
    from: "Maison Lumière <returns@example.com>",
    reply_to: "care@example.com",
    base_url: server.url,
    ...extra,
  })

  beforeAll(async () => {
    server = await startFakeResend()
    // Safety net: no test may reach the real Resend API.
    global.fetch = ((
      input: Parameters<typeof fetch>[0],
      init?: RequestInit
    ) => {
      const url = String(input instanceof Request ? input.url : input)
      fetchedUrls.push(url)
      if (!url.startsWith("http://127.0.0.1:")) {
        throw new Error(`test tried to reach ${url}`)
      }
      return realFetch(input, init)
    }) as typeof fetch
  })

  afterAll(async () => {
    global.fetch = realFetch
    await server.close()
  })

  beforeEach(() => {
    server.reset()
    logger = makeLogger()
    provider = new ResendNotificationProviderService({ logger }, options())
  })

  it("has the Medusa provider identifier", () => {
    expect(ResendNotificationProviderService.identifier).toBe(
      "notification-resend"
    )
  })

  describe("validateOptions", () => {
    const validate = (value: Record<string, unknown>) => () =>
      ResendNotificationProviderService.validateOptions(value)

    it("accepts valid options, including Medusa's `channels`", () => {
      expect(
        validate({ channels: ["email"], api_key: "re_x", from: "a@b.test" })
      ).not.toThrow()
      expect(
        validate({
          api_key: "re_x",
          from: "Store <a@b.test>",
          reply_to: ["c@d.test"],
          base_url: "http://localhost:3030",
        })
      ).not.toThrow()
    })

    it.each([
      [
        { from: "a@b.test" },
        "medusa-plugin-rms resend provider: `api_key` is required",
      ],
      [{ api_key: "  ", from: "a@b.test" }, "`api_key` is required"],
      [
        { api_key: "re_x" },
        "medusa-plugin-rms resend provider: `from` is required",
      ],
      [
        { api_key: "re_x", from: "Store" },
        "`from` must contain an email address",
      ],
      [
        { api_key: "re_x", from: "a@b.test", reply_to: [] },
        "`reply_to` must be",
      ],
      [
        { api_key: "re_x", from: "a@b.test", base_url: "ftp://x" },
        "`base_url` must be an http(s) URL",
      ],
      [
        { api_key: "re_x", from: "a@b.test", base_url: "localhost" },
        "`base_url` must be an http(s) URL",
      ],
    ])("rejects %j", (value, message) => {
      expect(validate(value)).toThrow(message)
    })

    it("is also enforced by the constructor", () => {
      expect(
        () =>
          new ResendNotificationProviderService({ logger }, {
            from: "a@b.test",
          } as ResendProviderOptions)
      ).toThrow("`api_key` is required")
    })
  })

  it("sends the rendered template to Resend and returns its id", async () => {
    const result = await provider.send(notification())

    expect(result).toEqual({ id: "email_1" })
    expect(server.requests).toHaveLength(1)
    const [request] = server.requests
    expect(request.method).toBe("POST")
    expect(request.path).toBe("/emails")
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`)
    expect(request.body).toEqual(
      expect.objectContaining({
        from: "Maison Lumière <returns@example.com>",
        to: RECIPIENT,
        reply_to: "care@example.com",
        subject: "Your return RMA-1001 is approved",
        tags: [{ name: "template", value: "return-approved" }],
      })
    )
    const { html, text } = request.body as { html: string; text: string }
    for (const value of ["RMA-1001", "6A12345678901", "March 14, 2025"]) {
      expect(html).toContain(value)
      expect(text).toContain(value)
    }
    expect(html).toContain("<html")
    expect(text).not.toContain("<")
  })

  it("localizes the subject from `data.locale`", async () => {
    await provider.send(
      notification({
        data: { ...sampleData["return-approved"], locale: "fr-FR" },
      })
    )
    expect(server.requests[0].body.subject).toBe(
      "Votre retour RMA-1001 est accepté"
    )
  })

  it("lets the notification override `from` and `reply_to`", async () => {
    await provider.send(
      notification({
        from: "Other <other@example.com>",
        provider_data: { reply_to: ["a@example.com", "b@example.com"] },
      })
    )
    expect(server.requests[0].body).toEqual(
      expect.objectContaining({
        from: "Other <other@example.com>",
        reply_to: ["a@example.com", "b@example.com"],
      })
    )
  })

  it("forwards attachments as base64 with filename and content type", async () => {
    const pdf = Buffer.from("%PDF-1.7 receipt").toString("base64")
    await provider.send(
      notification({
        template: "csr-receipt",
        data: sampleData["csr-receipt"],
        attachments: [
          {
            content: pdf,
            filename: "RMA-1004.pdf",
            content_type: "application/pdf",
          },
          {
            content: "aGk=",
            filename: "logo.png",
            content_type: "image/png",
            disposition: "inline",
            id: "logo",
          },
        ],
      })
    )
    expect(server.requests[0].body.attachments).toEqual([
      {
        content: pdf,
        filename: "RMA-1004.pdf",
        content_type: "application/pdf",
      },
      {
        content: "aGk=",
        filename: "logo.png",
        content_type: "image/png",
        content_id: "logo",
      },
    ])
  })

  describe("idempotency", () => {
    it("sends a stable Idempotency-Key derived from the notification's key", async () => {
      await provider.send(notification())
      await provider.send(notification())
      await provider.send(
        notification({ idempotency_key: "return-approved:ret_02" })
      )

      const keys = server.requests.map((r) => r.headers["idempotency-key"])
      expect(keys[0]).toMatch(/^rms-n-[0-9a-f]{64}$/)
      expect(keys[1]).toBe(keys[0])
      expect(keys[2]).not.toBe(keys[0])
      expect(keys[0]).toBe(resendIdempotencyKey(notification()))
      // Resend answers a replayed key with the first email: sent only once.
      expect(server.sentCount()).toBe(2)
    })

    it("derives the key from template, recipient and data without an idempotency_key", async () => {
      const data = sampleData["return-approved"]
      // Same data with keys in another order hashes the same.
      const reordered = Object.fromEntries(Object.entries(data).reverse())
      await provider.send(notification({ idempotency_key: null }))
      await provider.send(
        notification({ idempotency_key: undefined, data: reordered })
      )
      await provider.send(
        notification({
          idempotency_key: null,
          data: { ...data, rma_number: "RMA-2000" },
        })
      )
      await provider.send(
        notification({ idempotency_key: null, to: "other@example.com" })
      )

      const keys = server.requests.map(
        (r) => r.headers["idempotency-key"] as string
      )
      expect(keys[0]).toMatch(/^rms-d-[0-9a-f]{64}$/)
      expect(keys[1]).toBe(keys[0])
      expect(keys[2]).not.toBe(keys[0])
      expect(keys[3]).not.toBe(keys[0])
      expect(keys.join()).not.toContain("example.com")
    })
  })

  describe("failures", () => {
    it("throws with the status and Resend's message on a 500, never returns {}", async () => {
      server.failNext(1, 500)
      await expect(provider.send(notification())).rejects.toThrow(
        'medusa-plugin-rms resend provider: could not send "return-approved" email: Resend responded 500 application_error: Internal server error.'
      )
    })

    it("throws on 429 and a retry of the same notification reuses the key", async () => {
      server.failNext(2, 429)
      await expect(provider.send(notification())).rejects.toThrow(
        "Resend responded 429 rate_limit_exceeded: Too many requests, slow down."
      )
      await expect(provider.send(notification())).rejects.toThrow("429")
      await expect(provider.send(notification())).resolves.toEqual({
        id: "email_1",
      })

      const keys = new Set(
        server.requests.map((r) => r.headers["idempotency-key"])
      )
      expect(server.requests).toHaveLength(3)
      expect(keys.size).toBe(1)
    })

    it("throws on a non-JSON error body", async () => {
      server.failNext(1, 502, "Bad gateway")
      await expect(provider.send(notification())).rejects.toThrow(
        "Resend responded 502"
      )
    })

    it("throws when Resend cannot be reached", async () => {
      const closed = await startFakeResend()
      const url = closed.url
      await closed.close()
      const offline = new ResendNotificationProviderService(
        { logger },
        options({ base_url: url })
      )
      await expect(offline.send(notification())).rejects.toThrow(
        "Resend responded no status application_error: Unable to fetch data"
      )
    })

    it("keeps addresses and the API key out of errors and logs", async () => {
      server.failNext(1, 403, {
        statusCode: 403,
        name: "validation_error",
        message: `You can only send testing emails to your own email address (${RECIPIENT}).`,
      })
      const error = await provider.send(notification()).then(
        () => new Error("expected send() to throw"),
        (e: Error) => e
      )

      expect(error.message).toContain("403 validation_error")
      expect(error.message).toContain("([redacted])")
      const logged = JSON.stringify(logger.warn.mock.calls)
      expect(logger.warn).toHaveBeenCalledTimes(1)
      for (const secret of [RECIPIENT, API_KEY, "RMA-1001", "6A12345678901"]) {
        expect(error.message).not.toContain(secret)
        expect(logged).not.toContain(secret)
      }
    })

    it("fails before calling Resend for an unknown template or missing data", async () => {
      await expect(
        provider.send(notification({ template: "nope" }))
      ).rejects.toThrow('unknown template "nope"')
      await expect(
        provider.send(notification({ data: { store: { name: "Acme" } } }))
      ).rejects.toThrow(
        'template "return-approved" is missing data: rma_number'
      )
      await expect(provider.send(notification({ to: "" }))).rejects.toThrow(
        "has no recipient"
      )
      expect(server.requests).toHaveLength(0)
    })
  })

  it("sends pre-rendered `content` as is", async () => {
    await provider.send(
      notification({
        template: "custom",
        content: { subject: "Hello", html: "<p>Hi <b>there</b></p>" },
      })
    )
    expect(server.requests[0].body).toEqual(
      expect.objectContaining({
        subject: "Hello",
        html: "<p>Hi <b>there</b></p>",
        text: "Hi there",
      })
    )
  })

  it("scopes base_url to its instance instead of the environment", () => {
    const previous = process.env.RESEND_BASE_URL
    delete process.env.RESEND_BASE_URL
    try {
      const local = new ResendNotificationProviderService(
        { logger },
        options({ base_url: "http://localhost:3030/" })
      )
      const other = new ResendNotificationProviderService(
        { logger },
        options({ base_url: undefined })
      )
      const clientOf = (service: ResendNotificationProviderService) =>
        (service as unknown as { client_: Resend }).client_
      expect(clientOf(local).baseUrl).toBe("http://localhost:3030")
      expect(clientOf(other).baseUrl).toBe("https://api.resend.com")
      expect(process.env.RESEND_BASE_URL).toBeUndefined()
    } finally {
      if (previous !== undefined) {
        process.env.RESEND_BASE_URL = previous
      }
    }
  })

  it("never reached anything but the local server", () => {
    expect(fetchedUrls.length).toBeGreaterThan(0)
    expect(
      fetchedUrls.every((url) => url.startsWith("http://127.0.0.1:"))
    ).toBe(true)
  })
})
