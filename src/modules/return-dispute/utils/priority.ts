import type {
  DisputePriority,
  ReturnDisputeOptions,
  ReturnDisputeSettings,
} from "../types"

const LEVELS: DisputePriority[] = ["low", "normal", "high", "urgent"]
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/** Plugin options with defaults. */
export const disputeSettings = (
  options?: ReturnDisputeOptions
): ReturnDisputeSettings => {
  const sla = options?.disputes?.sla_hours ?? {}
  const priority = options?.disputes?.priority ?? {}
  return {
    sla_hours: {
      urgent: sla.urgent ?? 4,
      high: sla.high ?? 24,
      normal: sla.normal ?? 48,
      low: sla.low ?? 72,
    },
    priority: {
      high_value_amount: priority.high_value_amount ?? 200,
      low_value_amount: priority.low_value_amount ?? 30,
      aged_days: priority.aged_days ?? 14,
    },
  }
}

export type PriorityFactors = {
  /** The order total in major units. */
  order_total: number
  /** The customer's loyalty tier rank, null without a tier. */
  tier_rank: number | null
  /** The highest rank of any tier, null when there are no tiers. */
  top_tier_rank: number | null
  /** When the disputed matter started: the return request, else the order. */
  since: Date
  now: Date
}

/**
 * A dispute starts `normal`; a valuable order, a tiered customer (more for
 * the top tier) and an old matter each raise it one level, a small order
 * lowers it one.
 */
export const computeDisputePriority = (
  factors: PriorityFactors,
  settings: ReturnDisputeSettings
): DisputePriority => {
  let level = 1
  if (factors.order_total >= settings.priority.high_value_amount) {
    level += 1
  } else if (factors.order_total < settings.priority.low_value_amount) {
    level -= 1
  }
  if (factors.tier_rank !== null) {
    level += 1
    if (
      factors.top_tier_rank !== null &&
      factors.tier_rank >= factors.top_tier_rank
    ) {
      level += 1
    }
  }
  const ageDays = (factors.now.getTime() - factors.since.getTime()) / DAY_MS
  if (ageDays >= settings.priority.aged_days) {
    level += 1
  }
  return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, level))]
}

/** When a dispute of `priority` opened at `from` is due. */
export const slaDueAt = (
  priority: DisputePriority,
  from: Date,
  settings: ReturnDisputeSettings
): Date => new Date(from.getTime() + settings.sla_hours[priority] * HOUR_MS)
