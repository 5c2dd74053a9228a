import { Input } from "@medusajs/ui"
import {
  DEFAULT_POLICY_TERMS,
  POLICY_TERMS,
} from "../../../modules/return-policy/engine/defaults"
import {
  bindFields,
  ErrorText,
  FormField,
  SelectField,
  SwitchField,
} from "../../components/common/form-field"
import { fieldOfServerMessage } from "../../components/returns/format"
import { useLoyaltyTiers } from "../../hooks/api/loyalty-tiers"
import {
  ReturnPolicy,
  ReturnPolicyInput,
} from "../../hooks/api/return-policies"

export type PolicyFormState = {
  name: string
  tier_id: string
  return_window_days: string
  auto_approve_max_amount: string
  free_return_shipping: boolean
  restocking_fee_percent: string
  store_credit_bonus_percent: string
  max_returns_per_period: string
  period_days: string
  /** Shown as a percentage; the API takes a 0..1 share. */
  return_rate_ceiling: string
  /** Comma-separated. */
  excluded_product_tags: string
  /** Comma-separated. */
  excluded_category_ids: string
  exchanges_allowed: boolean
  exchange_auto_approve: boolean
  instant_exchange: boolean
  instant_exchange_return_days: string
  active: boolean
}

export type PolicyField = keyof PolicyFormState
export type PolicyFormErrors = Partial<Record<PolicyField, string>>

const POLICY_FIELDS: PolicyField[] = [...POLICY_TERMS, "active"]

/** The Select needs a value for "no tier"; the API takes null. */
export const DEFAULT_TIER = "__default__"

const toText = (v: number | null | undefined) => (v == null ? "" : String(v))

// Rounded so 0.35 shows as 35, not 35.00000000000001.
const shareToPercent = (v: number | null) =>
  v == null ? "" : String(Math.round(v * 10000) / 100)

/** A new policy starts from the terms the built-in policy has. */
export const emptyPolicyForm: PolicyFormState = {
  name: "",
  tier_id: DEFAULT_TIER,
  return_window_days: toText(DEFAULT_POLICY_TERMS.return_window_days),
  auto_approve_max_amount: toText(DEFAULT_POLICY_TERMS.auto_approve_max_amount),
  free_return_shipping: DEFAULT_POLICY_TERMS.free_return_shipping,
  restocking_fee_percent: toText(DEFAULT_POLICY_TERMS.restocking_fee_percent),
  store_credit_bonus_percent: toText(
    DEFAULT_POLICY_TERMS.store_credit_bonus_percent
  ),
  max_returns_per_period: toText(DEFAULT_POLICY_TERMS.max_returns_per_period),
  period_days: toText(DEFAULT_POLICY_TERMS.period_days),
  return_rate_ceiling: shareToPercent(DEFAULT_POLICY_TERMS.return_rate_ceiling),
  excluded_product_tags: DEFAULT_POLICY_TERMS.excluded_product_tags.join(", "),
  excluded_category_ids: DEFAULT_POLICY_TERMS.excluded_category_ids.join(", "),
  exchanges_allowed: DEFAULT_POLICY_TERMS.exchanges_allowed,
  exchange_auto_approve: DEFAULT_POLICY_TERMS.exchange_auto_approve,
  instant_exchange: DEFAULT_POLICY_TERMS.instant_exchange,
  instant_exchange_return_days: toText(
    DEFAULT_POLICY_TERMS.instant_exchange_return_days
  ),
  active: true,
}

export const policyToForm = (policy: ReturnPolicy): PolicyFormState => ({
  name: policy.name,
  tier_id: policy.tier_id ?? DEFAULT_TIER,
  return_window_days: toText(policy.return_window_days),
  auto_approve_max_amount: toText(policy.auto_approve_max_amount),
  free_return_shipping: policy.free_return_shipping,
  restocking_fee_percent: toText(policy.restocking_fee_percent),
  store_credit_bonus_percent: toText(policy.store_credit_bonus_percent),
  max_returns_per_period: toText(policy.max_returns_per_period),
  period_days: toText(policy.period_days),
  return_rate_ceiling: shareToPercent(policy.return_rate_ceiling),
  excluded_product_tags: policy.excluded_product_tags.join(", "),
  excluded_category_ids: policy.excluded_category_ids.join(", "),
  exchanges_allowed: policy.exchanges_allowed,
  exchange_auto_approve: policy.exchange_auto_approve,
  instant_exchange: policy.instant_exchange,
  instant_exchange_return_days: toText(policy.instant_exchange_return_days),
  active: policy.active,
})

const isBlank = (v: string) => v.trim() === ""
const list = (v: string) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)

type NumberRule = {
  label: string
  whole?: boolean
  min?: number
  /** The minimum itself is not allowed. */
  exclusiveMin?: boolean
  max?: number
}

const checkNumber = (value: string, rule: NumberRule): string | null => {
  const n = Number(value)
  if (!Number.isFinite(n)) {
    return `${rule.label} must be a number`
  }
  if (rule.whole && !Number.isInteger(n)) {
    return `${rule.label} must be a whole number`
  }
  if (rule.max !== undefined && rule.min !== undefined) {
    if (n < rule.min || n > rule.max) {
      return `${rule.label} must be between ${rule.min} and ${rule.max}`
    }
  }
  if (rule.min !== undefined) {
    if (rule.exclusiveMin ? n <= rule.min : n < rule.min) {
      return rule.exclusiveMin
        ? `${rule.label} must be more than ${rule.min}`
        : `${rule.label} must be ${rule.min} or more`
    }
  }
  return null
}

/**
 * Mirrors the AdminCreateReturnPolicy validator, so most mistakes are shown
 * by their field before a request is sent. The server still validates.
 */
export const validatePolicyForm = (form: PolicyFormState): PolicyFormErrors => {
  const errors: PolicyFormErrors = {}
  const set = (field: PolicyField, message: string | null) => {
    if (message) {
      errors[field] = message
    }
  }

  if (isBlank(form.name)) {
    errors.name = "Name is required"
  }
  if (isBlank(form.return_window_days)) {
    errors.return_window_days = "Return window is required"
  } else {
    set(
      "return_window_days",
      checkNumber(form.return_window_days, {
        label: "Return window",
        whole: true,
        min: 0,
      })
    )
  }
  if (!isBlank(form.auto_approve_max_amount)) {
    set(
      "auto_approve_max_amount",
      checkNumber(form.auto_approve_max_amount, {
        label: "Auto-approve amount",
        min: 0,
      })
    )
  }
  for (const [field, label] of [
    ["restocking_fee_percent", "Restocking fee"],
    ["store_credit_bonus_percent", "Store credit bonus"],
    ["return_rate_ceiling", "Return-rate ceiling"],
  ] as const) {
    if (!isBlank(form[field])) {
      set(field, checkNumber(form[field], { label, min: 0, max: 100 }))
    }
  }
  if (!isBlank(form.max_returns_per_period)) {
    set(
      "max_returns_per_period",
      checkNumber(form.max_returns_per_period, {
        label: "Maximum returns",
        whole: true,
        min: 0,
      })
    )
  }
  if (!isBlank(form.instant_exchange_return_days)) {
    set(
      "instant_exchange_return_days",
      checkNumber(form.instant_exchange_return_days, {
        label: "Days to send the old item back",
        whole: true,
        min: 0,
        exclusiveMin: true,
      })
    )
  }
  if (isBlank(form.period_days)) {
    errors.period_days = "Period is required"
  } else {
    set(
      "period_days",
      checkNumber(form.period_days, {
        label: "Period",
        whole: true,
        min: 0,
        exclusiveMin: true,
      })
    )
  }
  return errors
}

const numberOrNull = (v: string) => (isBlank(v) ? null : Number(v))

/** The request body for a form that passed `validatePolicyForm`. */
export const formToPolicyInput = (
  form: PolicyFormState
): ReturnPolicyInput => ({
  name: form.name.trim(),
  tier_id: form.tier_id === DEFAULT_TIER ? null : form.tier_id,
  return_window_days: Number(form.return_window_days),
  auto_approve_max_amount: numberOrNull(form.auto_approve_max_amount),
  free_return_shipping: form.free_return_shipping,
  restocking_fee_percent: isBlank(form.restocking_fee_percent)
    ? 0
    : Number(form.restocking_fee_percent),
  store_credit_bonus_percent: isBlank(form.store_credit_bonus_percent)
    ? 0
    : Number(form.store_credit_bonus_percent),
  max_returns_per_period: numberOrNull(form.max_returns_per_period),
  period_days: Number(form.period_days),
  return_rate_ceiling: isBlank(form.return_rate_ceiling)
    ? null
    : Number(form.return_rate_ceiling) / 100,
  excluded_product_tags: list(form.excluded_product_tags),
  excluded_category_ids: list(form.excluded_category_ids),
  exchanges_allowed: form.exchanges_allowed,
  exchange_auto_approve: form.exchange_auto_approve,
  instant_exchange: form.instant_exchange,
  instant_exchange_return_days: isBlank(form.instant_exchange_return_days)
    ? DEFAULT_POLICY_TERMS.instant_exchange_return_days
    : Number(form.instant_exchange_return_days),
  active: form.active,
})

/**
 * Only the fields that differ from the policy as loaded: every edit of a
 * term writes a new version, so unchanged terms are not sent.
 */
export const changedPolicyInput = (
  before: ReturnPolicyInput,
  after: ReturnPolicyInput
): Partial<ReturnPolicyInput> =>
  Object.fromEntries(
    Object.entries(after).filter(
      ([key, value]) =>
        JSON.stringify(value) !==
        JSON.stringify(before[key as keyof ReturnPolicyInput])
    )
  )

/**
 * Splits a server error into the field it names and the message; messages
 * naming no known field belong to the whole form.
 */
export const serverErrorToForm = (
  message: string
): { field: PolicyField | null; message: string } => ({
  field: fieldOfServerMessage(message, POLICY_FIELDS),
  message,
})

/** An input of the form: a number when it has a `step`, else text. */
type TextField = {
  key: Exclude<
    PolicyField,
    | "tier_id"
    | "free_return_shipping"
    | "exchanges_allowed"
    | "exchange_auto_approve"
    | "instant_exchange"
    | "active"
  >
  label: string
  hint?: string
  step?: string
}

/** The fields that take comma-separated lists. */
const listFields: TextField[] = [
  {
    key: "excluded_product_tags",
    label: "Final-sale product tags",
    hint: "Comma-separated tag values; tagged lines cannot be returned",
  },
  {
    key: "excluded_category_ids",
    label: "Final-sale category ids",
    hint: "Comma-separated product category ids",
  },
]

const numberFields: (TextField & { step: string })[] = [
  {
    key: "return_window_days",
    label: "Return window (days)",
    hint: "Counted from delivery, or from the order date when not delivered",
    step: "1",
  },
  {
    key: "auto_approve_max_amount",
    label: "Auto-approve up to (amount)",
    hint: "Refunds up to this amount skip review; empty: always review",
    step: "0.01",
  },
  { key: "restocking_fee_percent", label: "Restocking fee (%)", step: "0.1" },
  {
    key: "store_credit_bonus_percent",
    label: "Store credit bonus (%)",
    hint: "Added when the customer picks store credit",
    step: "0.1",
  },
  {
    key: "max_returns_per_period",
    label: "Maximum returns per period",
    hint: "More go to review; empty: no limit",
    step: "1",
  },
  {
    key: "period_days",
    label: "Period (days)",
    hint: "The rolling period for the maximum and the return rate",
    step: "1",
  },
  {
    key: "return_rate_ceiling",
    label: "Return-rate ceiling (%)",
    hint: "Customers returning more than this share of items go to review; empty: no ceiling",
    step: "0.1",
  },
]

type PolicyFormFieldsProps = {
  idPrefix: string
  form: PolicyFormState
  onChange: (form: PolicyFormState) => void
  errors: PolicyFormErrors
  formError: string | null
  /** The active switch belongs to creation; existing policies use the row action. */
  showActive: boolean
}

/** The inputs shared by the create and edit policy drawers. */
export const PolicyFormFields = ({
  idPrefix,
  form,
  onChange,
  errors,
  formError,
  showActive,
}: PolicyFormFieldsProps) => {
  const { data: tierData, isError: tiersFailed } = useLoyaltyTiers({
    limit: 100,
  })
  const id = (key: PolicyField) => `${idPrefix}-${key}`
  const set = <K extends PolicyField>(key: K, value: PolicyFormState[K]) =>
    onChange({ ...form, [key]: value })
  const bind = bindFields(idPrefix, form, onChange)
  const textField = ({ key, label, hint, step }: TextField) => (
    <FormField
      strong
      key={key}
      id={id(key)}
      label={label}
      hint={hint}
      error={errors[key]}
    >
      <Input
        type={step ? "number" : undefined}
        step={step}
        aria-invalid={!!errors[key]}
        {...bind(key)}
      />
    </FormField>
  )

  return (
    <>
      <FormField strong id={id("name")} label="Name" error={errors.name}>
        <Input aria-invalid={!!errors.name} {...bind("name")} />
      </FormField>
      <SelectField
        strong
        id={id("tier_id")}
        label="Loyalty tier"
        hint={
          tiersFailed
            ? "Tiers could not be loaded"
            : "The default policy applies to customers without a tier"
        }
        error={errors.tier_id}
        value={form.tier_id}
        onValueChange={(value) => set("tier_id", value)}
        options={[
          { value: DEFAULT_TIER, label: "Default (no tier)" },
          ...(tierData?.tiers ?? []).map((tier) => ({
            value: tier.id,
            label: tier.name,
          })),
          // Keeps a tier the list does not (or no longer) include selectable.
          ...(form.tier_id !== DEFAULT_TIER &&
          tierData &&
          !tierData.tiers.some((t) => t.id === form.tier_id)
            ? [{ value: form.tier_id, label: form.tier_id }]
            : []),
        ]}
      />
      {numberFields.map(textField)}
      <SwitchField
        id={id("free_return_shipping")}
        label="Free return shipping"
        checked={form.free_return_shipping}
        onCheckedChange={(checked) => set("free_return_shipping", checked)}
        error={errors.free_return_shipping}
      />
      {listFields.map(textField)}
      <SwitchField
        id={id("exchanges_allowed")}
        label="Exchanges allowed"
        checked={form.exchanges_allowed}
        onCheckedChange={(checked) => set("exchanges_allowed", checked)}
        error={errors.exchanges_allowed}
      />
      {form.exchanges_allowed && (
        <>
          <SwitchField
            id={id("exchange_auto_approve")}
            label="Approve exchanges without review"
            checked={form.exchange_auto_approve}
            onCheckedChange={(checked) => set("exchange_auto_approve", checked)}
            error={errors.exchange_auto_approve}
          />
          <SwitchField
            id={id("instant_exchange")}
            label="Instant exchange (ship before the old item arrives)"
            checked={form.instant_exchange}
            onCheckedChange={(checked) => set("instant_exchange", checked)}
            error={errors.instant_exchange}
          />
          {form.instant_exchange &&
            textField({
              key: "instant_exchange_return_days",
              label: "Days to send the old item back",
              hint: "Later, the exchange is flagged for review",
              step: "1",
            })}
        </>
      )}
      {showActive && (
        <SwitchField
          id={id("active")}
          label="Active"
          checked={form.active}
          onCheckedChange={(checked) => set("active", checked)}
        />
      )}
      <ErrorText>{errors.active ?? formError}</ErrorText>
    </>
  )
}
