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
