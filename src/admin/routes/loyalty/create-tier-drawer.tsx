import { Button, Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreateLoyaltyTier } from "../../hooks/api/loyalty-tiers"
import {
  emptyTierForm,
  formToTierInput,
  TierFormFields,
  TierFormState,
} from "./tier-form"

export const CreateTierDrawer = () => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<TierFormState>(emptyTierForm)
  const [error, setError] = useState<string | null>(null)
  const { mutate, isPending } = useCreateLoyaltyTier({
    onSuccess: ({ tier }) => {
      toast.success(`Tier ${tier.name} created`)
      setForm(emptyTierForm)
      setError(null)
      setOpen(false)
    },
    // The server names the field in its message; show it beside the form.
    onError: (e) => setError(e.message),
  })

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create tier
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            mutate(formToTierInput(form))
          }}
        >
          <Drawer.Header>
            <Drawer.Title>Create loyalty tier</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-auto">
            <TierFormFields
              idPrefix="create-tier"
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
