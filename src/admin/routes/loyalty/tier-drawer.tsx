import { toast } from "@medusajs/ui"
import { useState } from "react"
import { closeWith, FormDrawer } from "../../components/common/form-drawer"
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
  const [error, setError] = useState<string | null>(null)
  const { save, isPending } = useSaveLoyaltyTier(tier?.id, {
    onSuccess: ({ tier: saved }) => {
      toast.success(`Tier ${saved.name} ${tier ? "updated" : "created"}`)
      onClose()
    },
    // The server names the field in its message; show it beside the form.
    onError: (e) => setError(e.message),
  })

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
