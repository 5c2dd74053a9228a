/** The server's minimum length for a points adjustment's or a tier lock's reason. */
export const MIN_REASON = 3

/** Why `reason` would be refused; null when it is long enough. */
export const reasonError = (reason: string) =>
  reason.trim().length < MIN_REASON
    ? `Give a reason of at least ${MIN_REASON} characters`
    : null
