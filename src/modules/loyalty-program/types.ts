/** Free-form tier benefits shown to customers and read by return policies. */
export type TierBenefits = Record<string, unknown>

export type CreateTierDTO = {
  name: string
  description?: string | null
  rank: number
  min_lifetime_spend?: number | null
  min_orders?: number | null
  min_points?: number | null
  benefits?: TierBenefits
}

export type UpdateTierDTO = Partial<CreateTierDTO> & { id: string }

export type PointsEntryType =
  "earn" | "redeem" | "expire" | "adjust" | "reverse"

export type RecordPointsInput = {
  customer_id: string
  type: PointsEntryType
  /** Signed: positive credits, negative debits. */
  points: number
  /** Earned points may start `pending` until `available_at`. */
  status?: "pending" | "available"
  available_at?: Date | null
  expires_at?: Date | null
  source_type?: string | null
  source_id?: string | null
  /** Unique per source event: a second write with it is a no-op. */
  idempotency_key: string
  note?: string | null
  created_by?: string | null
  metadata?: Record<string, unknown> | null
  /** Signed net value behind an earn (+) or reverse (−) entry. */
  amount?: number | null
}

export type RecordPointsResult = {
  entry_id: string
  account_id: string
  /** false when the idempotency key had already been recorded. */
  created: boolean
}

export type LoyaltyProgramSettings = {
  /** Points per unit of currency spent (net of tax, shipping, discounts). */
  points_per_currency_unit: number
  /** Days earned points stay pending when the tier sets no return window. */
  points_pending_days: number
  /** Days a customer keeps a tier after falling below its thresholds. */
  downgrade_grace_days: number
  /** Days before earned points expire. */
  points_expire_days: number
}

/** The plugin options this module reads (every module gets them all). */
export type LoyaltyProgramOptions = {
  loyalty?: Partial<LoyaltyProgramSettings>
}

export type TierChangeResult = {
  /** Id of the `loyalty_tier_change` audit row. */
  id: string
  account_id: string
  customer_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  from_below_tier_since: Date | null
  reason: string
}
