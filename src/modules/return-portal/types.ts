/** Plugin options read by this module (`portal.*`). */
export type ReturnPortalOptions = {
  portal?: {
    /** How long an emailed guest code stays valid (default 15). */
    code_ttl_minutes?: number
    /** How long a guest session token lives (default 120). */
    session_ttl_minutes?: number
    /** Wrong tries that end a code (default 5). */
    max_wrong_codes?: number
    /** Codes that may be asked for one order number per hour (default 5). */
    codes_per_order_per_hour?: number
    /** Session attempts on one order number per hour (default 20). */
    attempts_per_order_per_hour?: number
    /** Guest requests (codes and sessions) from one IP per hour (default 30). */
    requests_per_ip_per_hour?: number
  }
  [key: string]: unknown
}

/** The guest access settings, defaults applied. */
export type ReturnPortalSettings = {
  code_ttl_minutes: number
  session_ttl_minutes: number
  max_wrong_codes: number
  codes_per_order_per_hour: number
  attempts_per_order_per_hour: number
  requests_per_ip_per_hour: number
}

/** What a rate limit counts: `code:order`, `session:order`, `ip`. */
export type RateLimitScope = "code:order" | "session:order" | "ip"
