import { Auth, Client, FetchError } from "@medusajs/js-sdk"
import { config } from "./config"

const sdkConfig = {
  baseUrl: config.backend_url,
  publishableKey: config.publishable_key ?? undefined,
  auth: { type: "jwt" as const, jwtTokenStorageMethod: "session" as const },
}

/**
 * The store API as the portal uses it: Medusa's JS SDK (its client and
 * auth, not the admin half a storefront never needs) with the store's
 * publishable key. A member's JWT is kept by the SDK (session storage); a
 * guest's order-scoped token is sent as `x-rms-guest-token` instead.
 */
const client = new Client(sdkConfig)
client.setLocale(config.locale)
export const sdk = { client, auth: new Auth(client, sdkConfig) }

const GUEST_KEY = "rms_portal_guest"

export type GuestSession = {
  token: string
  order_id: string
  expires_at: string
  email: string
}

export type Session =
  { kind: "guest"; guest: GuestSession } | { kind: "member" } | { kind: "none" }

const readGuest = (): GuestSession | null => {
  try {
    const raw = sessionStorage.getItem(GUEST_KEY)
    const guest = raw ? (JSON.parse(raw) as GuestSession) : null
    if (guest && new Date(guest.expires_at).getTime() > Date.now()) {
      return guest
    }
  } catch {
    // storage unavailable or garbled: no guest session
  }
  sessionStorage.removeItem(GUEST_KEY)
  return null
}

export const currentSession = async (): Promise<Session> => {
  const guest = readGuest()
  if (guest) {
    return { kind: "guest", guest }
  }
  return (await sdk.client.getToken()) ? { kind: "member" } : { kind: "none" }
}

/** The HTTP status of a failed call, or 0 when the network failed. */
export const statusOf = (error: unknown) =>
  error instanceof FetchError ? (error.status ?? 0) : 0

export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error)

type Init = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  query?: Record<string, unknown>
}

/** One store API call, with the guest token when a guest is signed in. */
export const call = async <T>(path: string, init: Init = {}): Promise<T> => {
  const guest = readGuest()
  const headers: Record<string, string | null> = guest
    ? { "x-rms-guest-token": guest.token, authorization: null }
    : {}
  if (init.body instanceof FormData) {
    // The browser sets the multipart boundary itself.
    headers["content-type"] = null
  }
  return sdk.client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body as Record<string, unknown> | undefined,
    query: init.query,
    headers: headers as Record<string, string>,
  })
}

export const requestGuestCode = (order_number: string, email: string) =>
  call<unknown>("/store/return-portal/guest/code", {
    method: "POST",
    body: { order_number, email, locale: config.locale },
  })

export const startGuestSession = async (
  order_number: string,
  email: string,
  code: string
) => {
  const session = await sdk.client.fetch<Omit<GuestSession, "email">>(
    "/store/return-portal/guest/session",
    { method: "POST", body: { order_number, email, code } }
  )
  await sdk.client.clearToken()
  sessionStorage.setItem(GUEST_KEY, JSON.stringify({ ...session, email }))
}

export const memberLogin = async (email: string, password: string) => {
  sessionStorage.removeItem(GUEST_KEY)
  const result = await sdk.auth.login("customer", "emailpass", {
    email,
    password,
  })
  if (typeof result !== "string") {
    throw new Error("This account needs another sign-in step")
  }
}

export const signOut = async () => {
  sessionStorage.removeItem(GUEST_KEY)
  await sdk.client.clearToken()
}

/**
 * A private file (dispute evidence) as an object URL: an `<img src>` cannot
 * send the key and the customer's credentials, so it is fetched here.
 */
export const fileUrl = async (path: string): Promise<string> => {
  const guest = readGuest()
  const token = guest ? null : await sdk.client.getToken()
  const headers: Record<string, string> = {}
  if (config.publishable_key) {
    headers["x-publishable-api-key"] = config.publishable_key
  }
  if (guest) {
    headers["x-rms-guest-token"] = guest.token
  } else if (token) {
    headers.authorization = `Bearer ${token}`
  }
  const res = await fetch(new URL(path, config.backend_url), { headers })
  if (!res.ok) {
    throw new Error(`${res.status} ${res.statusText}`)
  }
  return URL.createObjectURL(await res.blob())
}
