/**
 * `POST /store/return-portal/guest/code`: the same answer whether or not
 * the order and email match (202), so nobody learns which orders exist.
 * Also the body of a 429 (`message` only).
 */
export type StoreGuestAccessCodeResponse = {
  message: string
}

/**
 * `POST /store/return-portal/guest/session`: a guest session on one order.
 * Send `token` as the `x-rms-guest-token` header to the store routes of
 * returns and disputes; it stops working at `expires_at`.
 */
export type StoreGuestSessionResponse = {
  token: string
  order_id: string
  /** ISO date. */
  expires_at: string
}
