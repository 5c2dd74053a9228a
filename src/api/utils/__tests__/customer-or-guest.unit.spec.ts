import { createHmac } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  customerOrGuest,
  guestOrderFilter,
  guestOrderId,
  guestOrderParam,
} from "../customer-or-guest"
import {
  generateAccessCode,
  GUEST_TOKEN_AUDIENCE,
  hashAccessCode,
  signGuestToken,
  verifyGuestToken,
} from "../../../utils/guest-token"

const SECRET = "test-secret"
const SESSION = { order_id: "order_1", customer_id: "cus_1" }
const NOW = new Date("2026-12-07T10:00:00Z")

const b64 = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString("base64url")

/** A token built by hand, to try what signGuestToken never writes. */
const handMade = (
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  secret = SECRET
) => {
  const data = `${b64(header)}.${b64(payload)}`
  const signature = createHmac("sha256", secret).update(data).digest()
  return `${data}.${signature.toString("base64url")}`
}

const claims = (overrides: Record<string, unknown> = {}) => ({
  aud: GUEST_TOKEN_AUDIENCE,
  ...SESSION,
  iat: NOW.getTime() / 1000,
  exp: NOW.getTime() / 1000 + 3600,
  ...overrides,
})

describe("guest session tokens", () => {
  it("verifies a token it signed until it expires", () => {
    const { token, expires_at } = signGuestToken(SESSION, SECRET, 7200, NOW)
    expect(expires_at.toISOString()).toBe("2026-12-07T12:00:00.000Z")
    expect(verifyGuestToken(token, SECRET, NOW)).toEqual(SESSION)
    expect(
      verifyGuestToken(token, SECRET, new Date("2026-12-07T11:59:59Z"))
    ).toEqual(SESSION)
    expect(verifyGuestToken(token, SECRET, expires_at)).toBeNull()
  })

  it("is a standard HS256 JWT without Medusa's actor claims", () => {
    const { token } = signGuestToken(SESSION, SECRET, 60, NOW)
    const [header, payload] = token
      .split(".")
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, "base64url").toString()))
    expect(header).toEqual({ alg: "HS256", typ: "JWT" })
    expect(payload).toEqual(claims({ exp: NOW.getTime() / 1000 + 60 }))
    // Medusa's `authenticate` only lets in tokens with an actor_type.
    expect(payload).not.toHaveProperty("actor_type")
    expect(payload).not.toHaveProperty("actor_id")
  })

  it("refuses other secrets, tampering, other algorithms and audiences", () => {
    const { token } = signGuestToken(SESSION, SECRET, 3600, NOW)
    const [header, , signature] = token.split(".")
    const otherOrder = `${header}.${b64(claims({ order_id: "order_2" }))}.${signature}`
    const refused = [
      signGuestToken(SESSION, "another-secret", 3600, NOW).token,
      otherOrder,
      token.slice(0, -2),
      // Same bytes once decoded (the last character's spare bits differ).
      token.replace(/.$/, (c) => String.fromCharCode(c.charCodeAt(0) ^ 1)),
      `${token}x`,
      handMade({ alg: "none", typ: "JWT" }, claims()),
      `${b64({ alg: "none", typ: "JWT" })}.${b64(claims())}.`,
      handMade({ alg: "HS512", typ: "JWT" }, claims()),
      handMade({ alg: "HS256", typ: "JWT" }, claims({ aud: "medusa" })),
      handMade({ alg: "HS256", typ: "JWT" }, claims({ exp: undefined })),
      handMade({ alg: "HS256", typ: "JWT" }, claims({ customer_id: "" })),
      handMade({ alg: "HS256", typ: "JWT" }, claims({ order_id: 42 })),
      "",
      "not.a.token",
      "x".repeat(5000),
      null,
      undefined,
    ]
    for (const candidate of refused) {
      expect(verifyGuestToken(candidate, SECRET, NOW)).toBeNull()
    }
    // The hand-made token with the right header and claims passes: the
    // checks above fail for their own reason, not the construction.
    expect(
      verifyGuestToken(
        handMade({ alg: "HS256", typ: "JWT" }, claims()),
        SECRET,
        NOW
      )
    ).toEqual(SESSION)
  })
})

describe("guest access codes", () => {
  it("draws 6 digits", () => {
    const codes = Array.from({ length: 200 }, generateAccessCode)
    for (const code of codes) {
      expect(code).toMatch(/^\d{6}$/)
    }
    expect(new Set(codes).size).toBeGreaterThan(190)
  })

  it("hashes a code per order and per secret", () => {
    const hash = hashAccessCode("123456", "order_1", SECRET)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashAccessCode("123456", "order_1", SECRET)).toBe(hash)
    expect(hashAccessCode("123456", "order_2", SECRET)).not.toBe(hash)
    expect(hashAccessCode("123456", "order_1", "other")).not.toBe(hash)
    expect(hashAccessCode("123457", "order_1", SECRET)).not.toBe(hash)
  })
})

describe("customerOrGuest middleware", () => {
  /** A request as the middleware reads it: headers, params and the config. */
  const request = (headers: Record<string, string>, params = {}) =>
    ({
      headers,
      params,
      scope: {
        resolve: () => ({ projectConfig: { http: { jwtSecret: SECRET } } }),
      },
    }) as unknown as MedusaRequest
  const run = async (
    middleware: typeof customerOrGuest | typeof guestOrderParam,
    req: MedusaRequest
  ) => {
    let passed: unknown = "not called"
    await middleware(req, {} as MedusaResponse, (error?: unknown) => {
      passed = error
    })
    return passed
  }

  it("lets a valid guest token in as the order's customer, scoped to the order", async () => {
    const { token } = signGuestToken(SESSION, SECRET, 3600)
    const req = request({ "x-rms-guest-token": token }, { id: "order_1" })
    expect(await run(customerOrGuest, req)).toBeUndefined()
    expect((req as any).auth_context).toEqual(
      expect.objectContaining({ actor_id: "cus_1", actor_type: "customer" })
    )
    expect(guestOrderId(req)).toBe("order_1")
    expect(guestOrderFilter(req)).toEqual({ order_id: "order_1" })
    expect(await run(guestOrderParam, req)).toBeUndefined()

    req.params.id = "order_2"
    expect(await run(guestOrderParam, req)).toEqual(
      expect.objectContaining({
        type: "not_found",
        message: "Order with id: order_2 was not found",
      })
    )
  })

  it("answers 401 for a present but invalid or expired token", async () => {
    const expired = signGuestToken(
      SESSION,
      SECRET,
      60,
      new Date(Date.now() - 3600_000)
    ).token
    for (const token of [expired, "garbage", ""]) {
      const req = request({ "x-rms-guest-token": token })
      expect(await run(customerOrGuest, req)).toEqual(
        expect.objectContaining({
          type: "unauthorized",
          message: "The guest session is invalid or has expired.",
        })
      )
      expect((req as any).auth_context).toBeUndefined()
    }
  })

  it("leaves a signed-in customer's requests unscoped", () => {
    const req = request({})
    ;(req as any).auth_context = { actor_id: "cus_9", app_metadata: {} }
    expect(guestOrderId(req)).toBeNull()
    expect(guestOrderFilter(req)).toEqual({})
  })
})
