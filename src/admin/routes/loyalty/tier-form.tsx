import { Input } from "@medusajs/ui"
import {
  bindFields,
  ErrorText,
  FormField,
} from "../../components/common/form-field"
import { LoyaltyTier, LoyaltyTierInput } from "../../hooks/api/loyalty-tiers"

export type TierFormState = {
  name: string
  description: string
  rank: string
  min_lifetime_spend: string
  min_orders: string
  min_points: string
  points_multiplier: string
  period_days: string
}

export const emptyTierForm: TierFormState = {
  name: "",
  description: "",
  rank: "",
  min_lifetime_spend: "",
  min_orders: "",
  min_points: "",
  points_multiplier: "1",
  period_days: "",
}

const numberOrNull = (v: string) => (v.trim() === "" ? null : Number(v))
const toText = (v: unknown) => (v == null ? "" : String(v))

export const tierToForm = (tier: LoyaltyTier): TierFormState => ({
  name: tier.name,
  description: tier.description ?? "",
  rank: toText(tier.rank),
  min_lifetime_spend: toText(tier.min_lifetime_spend),
  min_orders: toText(tier.min_orders),
  min_points: toText(tier.min_points),
  points_multiplier: toText(tier.points_multiplier ?? 1),
  period_days: toText(tier.period_days),
})

/**
 * Builds the request body. Benefits are kept as they are, so editing a tier
 * never drops benefits this form can't show. The return window is not a
 * tier setting: it is the tier's return policy's.
 */
export const formToTierInput = (
  form: TierFormState,
  benefits: Record<string, unknown> = {}
): LoyaltyTierInput => {
  return {
    name: form.name,
    description: form.description.trim() === "" ? null : form.description,
    rank: Number(form.rank),
    min_lifetime_spend: numberOrNull(form.min_lifetime_spend),
    min_orders: numberOrNull(form.min_orders),
    min_points: numberOrNull(form.min_points),
    points_multiplier:
      form.points_multiplier.trim() === "" ? 1 : Number(form.points_multiplier),
    period_days: numberOrNull(form.period_days),
    benefits,
  }
}

const fields: {
  key: keyof TierFormState
  label: string
  type: "text" | "number"
  hint?: string
}[] = [
  { key: "name", label: "Name", type: "text" },
  { key: "description", label: "Description", type: "text" },
  {
    key: "rank",
    label: "Rank",
    type: "number",
    hint: "Higher rank is a better tier",
  },
  {
    key: "min_lifetime_spend",
    label: "Minimum lifetime spend",
    type: "number",
  },
  { key: "min_orders", label: "Minimum orders", type: "number" },
  { key: "min_points", label: "Minimum points", type: "number" },
  {
    key: "period_days",
    label: "Qualifying period (days)",
    type: "number",
    hint: "Spend and orders count over this many days; empty for lifetime",
  },
  { key: "points_multiplier", label: "Points multiplier", type: "number" },
]

type TierFormFieldsProps = {
  idPrefix: string
  form: TierFormState
  onChange: (form: TierFormState) => void
  error: string | null
}

/** The inputs of the tier drawer, for a new tier or an edited one. */
export const TierFormFields = ({
  idPrefix,
  form,
  onChange,
  error,
}: TierFormFieldsProps) => {
  const bind = bindFields(idPrefix, form, onChange)
  return (
    <>
      {fields.map(({ key, label, type, hint }) => (
        <FormField key={key} id={bind(key).id} label={label} hint={hint}>
          <Input name={key} type={type} {...bind(key)} />
        </FormField>
      ))}
      <ErrorText>{error}</ErrorText>
    </>
  )
}
