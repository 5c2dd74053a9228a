import { Button, Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreateLoyaltyReward } from "../../hooks/api/loyalty-rewards"
import {
  emptyRewardForm,
  formToRewardInput,
  RewardFormFields,
  RewardFormState,
  validateRewardForm,
} from "./reward-form"

export const CreateRewardDrawer = () => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<RewardFormState>(emptyRewardForm)
  const [error, setError] = useState<string | null>(null)
  const { mutate, isPending } = useCreateLoyaltyReward({
    onSuccess: ({ reward }) => {
      toast.success(`Reward ${reward.name} created`)
      setForm(emptyRewardForm)
      setError(null)
      setOpen(false)
    },
    onError: (e) => setError(e.message),
  })

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create reward
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            const invalid = validateRewardForm(form)
            setError(invalid)
            if (!invalid) {
              mutate(formToRewardInput(form))
            }
          }}
        >
          <Drawer.Header>
            <Drawer.Title>Create reward</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-auto">
            <RewardFormFields
              idPrefix="create-reward"
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
