import { useState } from "react"
import {
  closeWith,
  FormDrawer,
  useDrawerSave,
} from "../../components/common/form-drawer"
import { LoyaltyTier, useSaveLoyaltyTier } from "../../hooks/api/loyalty-tiers"
import {
  emptyTierForm,
  formToTierInput,
  TierFormFields,
  TierFormState,
  tierToForm,
} from "./tier-form"

type TierDrawerProps = {
  /** The tier to edit; creates a new one when absent. */
  tier?: LoyaltyTier
  onClose: () => void
}

/**
 * Create or edit a tier. Mounted while open; closing it unmounts it, so
 * every opening starts from the tier as loaded.
 */
export const TierDrawer = ({ tier, onClose }: TierDrawerProps) => {
  const [form, setForm] = useState<TierFormState>(() =>
    tier ? tierToForm(tier) : emptyTierForm
  )
  // The server names the field in its message; the form shows it.
  const { save, isPending, error } = useDrawerSave(
    useSaveLoyaltyTier,
    tier?.id,
    {
      saved: ({ tier: saved }) =>
        `Tier ${saved.name} ${tier ? "updated" : "created"}`,
      onClose,
    }
  )

  return (
    <FormDrawer
      onOpenChange={closeWith(onClose)}
      title={tier ? `Edit ${tier.name}` : "Create loyalty tier"}
      isPending={isPending}
      onSubmit={() => save(formToTierInput(form, tier?.benefits))}
    >
      <TierFormFields
        idPrefix={tier ? "edit-tier" : "create-tier"}
        form={form}
        onChange={setForm}
        error={error}
      />
    </FormDrawer>
  )
}
