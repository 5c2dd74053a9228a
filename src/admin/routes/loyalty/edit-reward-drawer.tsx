import { Button, Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  LoyaltyReward,
  useUpdateLoyaltyReward,
} from "../../hooks/api/loyalty-rewards"
import {
  formToRewardInput,
  RewardFormFields,
  RewardFormState,
  rewardToForm,
  validateRewardForm,
} from "./reward-form"

type EditRewardDrawerProps = {
  reward: LoyaltyReward
  onClose: () => void
}

/** Mounted while a reward is being edited; closing it unmounts it. */
export const EditRewardDrawer = ({
  reward,
  onClose,
}: EditRewardDrawerProps) => {
  const [form, setForm] = useState<RewardFormState>(() => rewardToForm(reward))
  const [error, setError] = useState<string | null>(null)
  const { mutate, isPending } = useUpdateLoyaltyReward({
    onSuccess: ({ reward: updated }) => {
      toast.success(`Reward ${updated.name} updated`)
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
            const invalid = validateRewardForm(form)
            setError(invalid)
            if (!invalid) {
              mutate({ id: reward.id, ...formToRewardInput(form) })
            }
          }}
        >
          <Drawer.Header>
            <Drawer.Title>Edit {reward.name}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-auto">
            <RewardFormFields
              idPrefix="edit-reward"
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
