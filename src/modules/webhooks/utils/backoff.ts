/**
 * The wait before retry number `attempts` (1 after the first failure):
 * `base * 2^(attempts-1)`, capped at `max`, with up to 10% jitter so many
 * endpoints failing together do not retry in lockstep.
 *
 * @example
 * retryDelayMs(3, { retry_base_ms: 30_000, retry_max_ms: 3_600_000 }) // ≈ 120 000
 */
export const retryDelayMs = (
  attempts: number,
  settings: { retry_base_ms: number; retry_max_ms: number },
  random: () => number = Math.random
): number => {
  const exponential =
    settings.retry_base_ms * 2 ** Math.max(0, Math.min(30, attempts - 1))
  const capped = Math.min(settings.retry_max_ms, exponential)
  return Math.round(capped + capped * 0.1 * random())
}
