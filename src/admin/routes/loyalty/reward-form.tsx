import { Input, Label, Switch, Textarea } from "@medusajs/ui"
import {
  bindFields,
  ErrorText,
  FormField,
  labelledOptions,
  SelectField,
} from "../../components/common/form-field"
import {
  LoyaltyReward,
  LoyaltyRewardInput,
  LoyaltyRewardKind,
} from "../../hooks/api/loyalty-rewards"
import { useLoyaltyTiers } from "../../hooks/api/loyalty-tiers"

export type RewardFormState = {
  name: string
  description: string
  points_cost: string
  kind: LoyaltyRewardKind
  value: string
  currency_code: string
  /** "" means every tier may redeem. */
  min_tier_rank: string
  /** "" means unlimited stock. */
  stock: string
  valid_days: string
  active: boolean
}

const REWARD_KINDS = [
  "amount_off",
  "percent_off",
  "free_shipping",
] as const satisfies readonly LoyaltyRewardKind[]

export const rewardKindLabels: Record<LoyaltyRewardKind, string> = {
  amount_off: "Amount off",
  percent_off: "Percentage off",
  free_shipping: "Free shipping",
}

export const emptyRewardForm: RewardFormState = {
  name: "",
  description: "",
  points_cost: "",
  kind: "amount_off",
  value: "",
  currency_code: "",
  min_tier_rank: "",
  stock: "",
  valid_days: "90",
  active: true,
}

const toText = (v: number | null) => (v == null ? "" : String(v))

export const rewardToForm = (reward: LoyaltyReward): RewardFormState => ({
  name: reward.name,
  description: reward.description ?? "",
  points_cost: String(reward.points_cost),
  kind: reward.kind,
  value: String(reward.value),
  currency_code: reward.currency_code?.toUpperCase() ?? "",
  min_tier_rank: toText(reward.min_tier_rank),
  stock: toText(reward.stock),
  valid_days: String(reward.valid_days),
  active: reward.active,
})

const isWhole = (v: string, min: number) =>
  v.trim() !== "" && Number.isInteger(Number(v)) && Number(v) >= min

/** Mirrors the API's rules so most mistakes are caught before the request. */
export const validateRewardForm = (form: RewardFormState): string | null => {
  if (form.name.trim() === "") {
    return "Name is required"
  }
  if (!isWhole(form.points_cost, 1)) {
    return "Points cost must be a whole number above zero"
  }
  if (form.kind !== "free_shipping") {
    const value = Number(form.value)
    if (form.value.trim() === "" || Number.isNaN(value) || value < 0) {
      return "Value must be zero or more"
    }
    if (form.kind === "percent_off" && value > 100) {
      return "A percentage can't be above 100"
    }
  }
  if (form.kind === "amount_off" && !/^[a-z]{3}$/i.test(form.currency_code)) {
    return "Currency code is required for an amount off, e.g. EUR"
  }
  if (form.stock.trim() !== "" && !isWhole(form.stock, 0)) {
    return "Stock must be a whole number, or empty for unlimited"
  }
  if (!isWhole(form.valid_days, 1)) {
    return "Valid days must be a whole number above zero"
  }
  return null
}

export const formToRewardInput = (
  form: RewardFormState
): LoyaltyRewardInput => ({
  name: form.name.trim(),
  description: form.description.trim() === "" ? null : form.description,
  points_cost: Number(form.points_cost),
  kind: form.kind,
  value: form.kind === "free_shipping" ? 0 : Number(form.value),
  currency_code:
    form.kind === "amount_off" ? form.currency_code.toLowerCase() : undefined,
  min_tier_rank: form.min_tier_rank === "" ? null : Number(form.min_tier_rank),
  stock: form.stock.trim() === "" ? null : Number(form.stock),
  valid_days: Number(form.valid_days),
  active: form.active,
})

const ANY_TIER = "any"

type RewardFormFieldsProps = {
  idPrefix: string
  form: RewardFormState
  onChange: (form: RewardFormState) => void
  error: string | null
}

/** The inputs of the reward drawer, for a new reward or an edited one. */
export const RewardFormFields = ({
  idPrefix,
  form,
  onChange,
  error,
}: RewardFormFieldsProps) => {
  const { data: tierData } = useLoyaltyTiers({ limit: 100 })
  const tiers = tierData?.tiers ?? []
  const set = <K extends keyof RewardFormState>(
    key: K,
    value: RewardFormState[K]
  ) => onChange({ ...form, [key]: value })
  const id = (key: string) => `${idPrefix}-${key}`
  const bind = bindFields(idPrefix, form, onChange)
  // A reward may point at a rank whose tier was since deleted; keep it selectable.
  const orphanRank =
    form.min_tier_rank !== "" &&
    !tiers.some((t) => String(t.rank) === form.min_tier_rank)

  return (
    <>
      <FormField id={id("name")} label="Name">
        <Input {...bind("name")} />
      </FormField>
      <FormField id={id("description")} label="Description">
        <Textarea {...bind("description")} />
      </FormField>
      <FormField id={id("points_cost")} label="Points cost">
        <Input type="number" min={1} step={1} {...bind("points_cost")} />
      </FormField>
      <SelectField
        id={id("kind")}
        label="Kind"
        value={form.kind}
        onValueChange={(kind) => set("kind", kind)}
        options={labelledOptions(REWARD_KINDS, rewardKindLabels)}
      />
      {form.kind !== "free_shipping" && (
        <FormField
          id={id("value")}
          label={form.kind === "percent_off" ? "Percentage" : "Amount"}
          hint={
            form.kind === "percent_off"
              ? "Between 0 and 100"
              : "In major units, e.g. 10 for 10.00"
          }
        >
          <Input
            type="number"
            min={0}
            max={form.kind === "percent_off" ? 100 : undefined}
            step="any"
            {...bind("value")}
          />
        </FormField>
      )}
      {form.kind === "amount_off" && (
        <FormField id={id("currency_code")} label="Currency code">
          <Input
            id={id("currency_code")}
            maxLength={3}
            placeholder="EUR"
            value={form.currency_code}
            onChange={(e) => set("currency_code", e.target.value.toUpperCase())}
          />
        </FormField>
      )}
      <SelectField
        id={id("min_tier_rank")}
        label="Minimum tier"
        hint="Only members of this tier or a higher one can redeem"
        value={form.min_tier_rank === "" ? ANY_TIER : form.min_tier_rank}
        onValueChange={(v) => set("min_tier_rank", v === ANY_TIER ? "" : v)}
        options={[
          { value: ANY_TIER, label: "Any tier" },
          ...(orphanRank
            ? [
                {
                  value: form.min_tier_rank,
                  label: `Rank ${form.min_tier_rank}`,
                },
              ]
            : []),
          ...tiers.map((tier) => ({
            value: String(tier.rank),
            label: `${tier.name} (rank ${tier.rank})`,
          })),
        ]}
      />
      <FormField
        id={id("stock")}
        label="Stock"
        hint="Leave empty for unlimited"
      >
        <Input type="number" min={0} step={1} {...bind("stock")} />
      </FormField>
      <FormField
        id={id("valid_days")}
        label="Valid for (days)"
        hint="How long a redeemed reward stays usable"
      >
        <Input type="number" min={1} step={1} {...bind("valid_days")} />
      </FormField>
      <div className="flex items-center gap-x-2">
        <Switch
          id={id("active")}
          checked={form.active}
          onCheckedChange={(active) => set("active", active)}
        />
        <Label htmlFor={id("active")}>Active</Label>
      </div>
      <ErrorText>{error}</ErrorText>
    </>
  )
}
