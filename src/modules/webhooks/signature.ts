import { createHmac, timingSafeEqual } from "node:crypto"

/** The header that carries the timestamp and the signature. */
export const WEBHOOK_SIGNATURE_HEADER = "rms-signature"
/** The delivery's idempotency id: the same on every retry and replay. */
export const WEBHOOK_ID_HEADER = "rms-webhook-id"
/** The event type, e.g. `return_request.approved`. */
export const WEBHOOK_EVENT_TYPE_HEADER = "rms-event-type"
/** Default window a receiver accepts a signature in, against replays. */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300

const hmac = (secret: string, timestamp: number, rawBody: string) =>
  createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")

/**
 * The `rms-signature` header of a body: `t=<unix seconds>,v1=<hex>`, where
 * the hex is HMAC-SHA256 of `"<t>.<raw body>"` with the endpoint's secret.
 * Signing the timestamp with the body is what lets a receiver refuse an old
 * request replayed by someone who captured it.
 *
 * @example
 * signWebhookPayload('{"id":"evt_1"}', "whsec_abc") // "t=1765000000,v1=5f0c…"
 */
export const signWebhookPayload = (
  rawBody: string,
  secret: string,
  timestamp: number = Math.floor(Date.now() / 1000)
): string => `t=${timestamp},v1=${hmac(secret, timestamp, rawBody)}`

/**
 * Verifies a webhook from medusa-plugin-rms on the receiver's side: the
 * `rms-signature` header must carry a `v1` HMAC of the exact raw body (as
 * received, before any JSON parsing) and a timestamp within
 * `toleranceSeconds` of now. Comparison is constant-time. Several `v1`
 * entries are accepted (any may match), so a secret can be rotated.
 *
 * @example
 * import { verifyWebhookSignature } from "medusa-plugin-rms/webhooks"
 * const ok = verifyWebhookSignature(rawBody, req.headers["rms-signature"], process.env.RMS_WEBHOOK_SECRET)
 */
export const verifyWebhookSignature = (
  rawBody: string | Buffer,
  header: string | string[] | null | undefined,
  secret: string,
  toleranceSeconds: number = DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  now: number = Math.floor(Date.now() / 1000)
): boolean => {
  const value = Array.isArray(header) ? header[0] : header
  if (!value || !secret) {
    return false
  }
  let timestamp: number | null = null
  const signatures: string[] = []
  for (const part of value.split(",")) {
    const [key, ...rest] = part.trim().split("=")
    const v = rest.join("=")
    if (key === "t" && /^\d+$/.test(v)) {
      timestamp = Number(v)
    } else if (key === "v1" && /^[0-9a-f]{64}$/.test(v)) {
      signatures.push(v)
    }
  }
  if (timestamp === null || !signatures.length) {
    return false
  }
  if (Math.abs(now - timestamp) > toleranceSeconds) {
    return false
  }
  const body = typeof rawBody === "string" ? rawBody : rawBody.toString("utf8")
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex")
  return signatures.some((signature) =>
    timingSafeEqual(expected, Buffer.from(signature, "hex"))
  )
}
