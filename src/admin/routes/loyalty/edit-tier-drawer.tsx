import { Button, Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  LoyaltyTier,
  useUpdateLoyaltyTier,
} from "../../hooks/api/loyalty-tiers"
import {
  formToTierInput,
  TierFormFields,
  TierFormState,
  tierToForm,
} from "./tier-form"

type EditTierDrawerProps = {
  tier: LoyaltyTier
  onClose: () => void
}

/** Mounted while a tier is being edited; closing it unmounts it. */
export const EditTierDrawer = ({ tier, onClose }: EditTierDrawerProps) => {
  const [form, setForm] = useState<TierFormState>(() => tierToForm(tier))
  const [error, setError] = useState<string | null>(null)
  const { mutate, isPending } = useUpdateLoyaltyTier(tier.id, {
    onSuccess: ({ tier: updated }) => {
      toast.success(`Tier ${updated.name} updated`)
      onClose()
    },
    onError: (e) => setError(e.message),
  })

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            mutate(formToTierInput(form, tier.benefits))
          }}
        >
          <Drawer.Header>
            <Drawer.Title>Edit {tier.name}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-auto">
            <TierFormFields
              idPrefix="edit-tier"
              form={form}
              onChange={setForm}
              error={error}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
