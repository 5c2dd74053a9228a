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
  /** Points earned per point of base rate, e.g. 1.5. */
  points_multiplier?: number
  /** Qualifying period for spend and orders; null = lifetime. */
  period_days?: number | null
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
  /** Days a customer keeps a tier after falling below its thresholds. */
  downgrade_grace_days: number
  /** Days before earned points expire. */
  points_expire_days: number
  /** Days ahead of an expiry that `loyalty.points_expiring` is emitted. */
  points_expiring_notice_days: number
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

export type SetTierLockInput = {
  customer_id: string
  /** true locks on `tier_id`; false lifts the lock, keeping the tier. */
  locked: boolean
  tier_id?: string | null
  reason: string
  expires_at?: Date | null
  /** The admin user id. */
  locked_by: string
}

export type TierLockState = {
  customer_id: string
  tier_id: string | null
  below_tier_since: Date | null
  locked: boolean
  reason: string | null
  expires_at: Date | null
  locked_by: string | null
}

export type RewardKind = "amount_off" | "percent_off" | "free_shipping"

export type CreateRewardDTO = {
  name: string
  description?: string | null
  points_cost: number
  kind: RewardKind
  /** Currency amount for amount_off, 0-100 for percent_off, 0 otherwise. */
  value?: number
  currency_code?: string | null
  /** Lowest tier rank allowed to redeem; null: everybody. */
  min_tier_rank?: number | null
  active?: boolean
  /** null: unlimited. */
  stock?: number | null
  /** Days the issued code stays valid. */
  valid_days?: number
}

export type UpdateRewardDTO = Partial<CreateRewardDTO> & { id: string }

export type LoyaltyPointsReport = {
  points_by_period: {
    period_start: string
    earned: number
    redeemed: number
    reversed: number
    expired: number
    adjusted: number
  }[]
  members_per_tier: {
    tier_id: string
    tier_name: string
    rank: number
    members: number
  }[]
  redemption: {
    members: number
    members_redeeming: number
    redemptions: number
  }
}

/**
 * A reconciliation with when and by whom it ran: a stored check, or the
 * report's own when none is stored yet (`checked_at` then is when the
 * report ran and `checked_by` null).
 */
export type LoyaltyBalanceCheckResult = LoyaltyReconciliation & {
  checked_at: Date
  checked_by: string | null
}

export type LoyaltyReconciliation = {
  accounts_checked: number
  mismatched: number
  /** Share of accounts whose stored balances match the ledger, 0..1. */
  accuracy: number
  /** The first 100 mismatching accounts. */
  mismatches: {
    account_id: string
    customer_id: string
    stored_available: number
    ledger_available: number
    stored_pending: number
    ledger_pending: number
  }[]
}

/** What an import did, or would do, to one row of the file. */
export type LoyaltyImportOutcome =
  "created" | "adjusted" | "unchanged" | "skipped"

export type LoyaltyImportSkipReason =
  | "invalid_row"
  | "duplicate_email"
  | "no_customer"
  | "ambiguous_customer"
  | "insufficient_points"

/** One row of the file as the import report shows it. */
export type LoyaltyImportRowReport = {
  line: number
  email: string
  /** The balance from the source, as the file says. */
  points: number
  tier: string | null
  outcome: LoyaltyImportOutcome
  reason: LoyaltyImportSkipReason | null
  /** Why, in words, for skipped rows and kept tiers. */
  message: string | null
  customer_id: string | null
  /** Points the import's ledger entry adds (negative: removes); 0: none. */
  delta: number
  /** The plugin tier the import puts the member on, if it changes. */
  tier_set: string | null
}

/** Counts of an import (or its dry run) and a sample of rows per outcome. */
export type LoyaltyImportSummary = {
  rows: number
  created: number
  adjusted: number
  unchanged: number
  skipped: number
  skipped_by_reason: Record<LoyaltyImportSkipReason, number>
  /** Tier names in the file that match no plugin tier, with their rows. */
  unknown_tiers: Record<string, number>
  tiers_set: number
  /** Members whose tier an admin has locked: the file's tier is not applied. */
  tiers_kept_locked: number
  points_added: number
  points_removed: number
  /** Points still pending at the source (LoyaltyLion): not imported. */
  pending_not_imported: number
  samples: Record<LoyaltyImportOutcome, LoyaltyImportRowReport[]>
}

/** A row of the file matched to a Medusa customer, as a batch takes it. */
export type LoyaltyImportMatchedRow = {
  line: number
  email: string
  points: number
  tier: string | null
  external_id: string | null
  customer_id: string
}

export type LoyaltyImportBatchInput = {
  /** Whose balances these are (`smile`, ...): re-imports compare with it. */
  source: string
  /** The source system's name for the ledger note (`Smile.io`). */
  label: string
  rows: LoyaltyImportMatchedRow[]
  /** Source tier name → plugin tier name or id (case-insensitive). */
  tier_mapping?: Record<string, string> | null
  now: Date
}

export type ApplyLoyaltyImportBatchInput = LoyaltyImportBatchInput & {
  import_id: string
  /** Rows of the batch refused before matching (no customer, ...). */
  skipped: LoyaltyImportRowReport[]
  /** Points pending at the source in this batch: reported, not imported. */
  pending_not_imported: number
  /** Rows of the file done once this batch is written. */
  processed_rows: number
}

/** A customer order as the accrual and reversal workflows see it. */
export type LoyaltyOrderFactInput = {
  order_id: string
  customer_id: string
  currency_code?: string | null
  /** Items after discounts, without tax, as placed. */
  amount?: number | null
  /** The customer's tier at accrual; null when unknown or none. */
  tier_id?: string | null
  /** Medusa's order.created_at (a Date or its ISO string). */
  placed_at: Date | string
  /** Set once the order is canceled. */
  canceled_at?: Date | string | null
}

/** A stored order fact, as `syncOrderFact` found it (for compensation). */
export type LoyaltyOrderFactState = {
  order_id: string
  customer_id: string
  currency_code: string | null
  amount: number | null
  raw_amount: Record<string, unknown> | null
  tier_id: string | null
  placed_at: string
  points_earned: number
  points_reversed: number
  canceled_at: string | null
}

/** Purchase behaviour of a period, from the order facts. */
export type LoyaltyOrderCohorts = {
  members: { customers: number; repeat: number }
  non_members: { customers: number; repeat: number }
  /** Customer orders of the period (not canceled). */
  customer_orders: number
  /** Of those, the orders with an `earn` entry in the ledger. */
  with_points: number
  /** The first 100 customer orders without one, oldest first. */
  missing_order_ids: string[]
}
