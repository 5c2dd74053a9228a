import { createHmac, randomInt, timingSafeEqual } from "node:crypto"

/** The header the return portal sends a guest session in. */
export const GUEST_TOKEN_HEADER = "x-rms-guest-token"

/**
 * The token's audience. Medusa's own `authenticate` accepts any JWT signed
 * with the same secret that carries an `actor_type`; a guest token has none
 * (only `order_id`/`customer_id` under its own audience), so it opens no
 * route of Medusa's, and a customer's Medusa token is no guest token.
 */
export const GUEST_TOKEN_AUDIENCE = "rms-guest-portal"

/** What a guest session is scoped to. */
export type GuestSession = {
  order_id: string
  /** The order's customer (a guest checkout's `has_account: false` one). */
  customer_id: string
}

const HEADER = { alg: "HS256", typ: "JWT" }
const ENCODED_HEADER = Buffer.from(JSON.stringify(HEADER)).toString("base64url")

const sign = (data: string, secret: string) =>
  createHmac("sha256", secret).update(data).digest()

/**
 * An HS256 JWT for a guest session on one order, signed with the store's
 * `projectConfig.http.jwtSecret`.
 *
 * @example
 * const { token, expires_at } = signGuestToken(
 *   { order_id: "order_1", customer_id: "cus_1" }, secret, 7200
 * )
 */
export const signGuestToken = (
  session: GuestSession,
  secret: string,
  ttlSeconds: number,
  now: Date = new Date()
): { token: string; expires_at: Date } => {
  const iat = Math.floor(now.getTime() / 1000)
  const exp = iat + Math.max(1, Math.floor(ttlSeconds))
  const payload = Buffer.from(
    JSON.stringify({
      aud: GUEST_TOKEN_AUDIENCE,
      order_id: session.order_id,
      customer_id: session.customer_id,
      iat,
      exp,
    })
  ).toString("base64url")
  const data = `${ENCODED_HEADER}.${payload}`
  return {
    token: `${data}.${sign(data, secret).toString("base64url")}`,
    expires_at: new Date(exp * 1000),
  }
}

/**
 * The session a guest token carries, or null when it is malformed, signed
 * with another secret or algorithm, for another audience, or expired.
 * Only the exact header this module writes is accepted (no `alg: none`,
 * no key confusion).
 */
export const verifyGuestToken = (
  token: string | null | undefined,
  secret: string,
  now: Date = new Date()
): GuestSession | null => {
  if (!token || token.length > 2048) {
    return null
  }
  const parts = token.split(".")
  if (parts.length !== 3 || parts[0] !== ENCODED_HEADER) {
    return null
  }
  // Compared as text: base64url decoding ignores a last character's spare
  // bits, and a token must have exactly one spelling.
  const expected = Buffer.from(
    sign(`${parts[0]}.${parts[1]}`, secret).toString("base64url")
  )
  const given = Buffer.from(parts[2])
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return null
  }
  let claims: Record<string, unknown>
  try {
    claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"))
  } catch {
    return null
  }
  if (
    !claims ||
    typeof claims !== "object" ||
    claims.aud !== GUEST_TOKEN_AUDIENCE ||
    typeof claims.exp !== "number" ||
    claims.exp * 1000 <= now.getTime() ||
    typeof claims.order_id !== "string" ||
    !claims.order_id ||
    typeof claims.customer_id !== "string" ||
    !claims.customer_id
  ) {
    return null
  }
  return { order_id: claims.order_id, customer_id: claims.customer_id }
}

/** A 6-digit one-time code, uniformly random. */
export const generateAccessCode = (): string =>
  randomInt(0, 1_000_000).toString().padStart(6, "0")

/**
 * What is stored of a code: an HMAC keyed with the store's secret and bound
 * to the order, so a leaked table does not give codes away by a lookup of
 * all million hashes, and a code of one order is no code of another.
 */
export const hashAccessCode = (
  code: string,
  orderId: string,
  secret: string
): string =>
  createHmac("sha256", secret).update(`${orderId}:${code}`).digest("hex")
