/**
 * Polls `check` until it returns something truthy: subscribers run after
 * the request that emitted their event has answered.
 */
export const waitFor = async <T>(
  check: () => T | Promise<T>,
  what: string,
  timeoutMs = 20_000
): Promise<T> => {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) {
      return value
    }
    if (Date.now() > until) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
