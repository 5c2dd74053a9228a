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
}

export type RecordPointsResult = {
  entry_id: string
  account_id: string
  /** false when the idempotency key had already been recorded. */
  created: boolean
}
