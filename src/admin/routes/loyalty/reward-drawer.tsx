import { useState } from "react"
import {
  closeWith,
  FormDrawer,
  useDrawerSave,
} from "../../components/common/form-drawer"
import {
  LoyaltyReward,
  useSaveLoyaltyReward,
} from "../../hooks/api/loyalty-rewards"
import {
  emptyRewardForm,
  formToRewardInput,
  RewardFormFields,
  RewardFormState,
  rewardToForm,
  validateRewardForm,
} from "./reward-form"

type RewardDrawerProps = {
  /** The reward to edit; creates a new one when absent. */
  reward?: LoyaltyReward
  onClose: () => void
}

/**
 * Create or edit a reward. Mounted while open; closing it unmounts it, so
 * every opening starts from the reward as loaded.
 */
export const RewardDrawer = ({ reward, onClose }: RewardDrawerProps) => {
  const [form, setForm] = useState<RewardFormState>(() =>
    reward ? rewardToForm(reward) : emptyRewardForm
  )
  const { save, isPending, error, setError } = useDrawerSave(
    useSaveLoyaltyReward,
    reward?.id,
    {
      saved: ({ reward: saved }) =>
        `Reward ${saved.name} ${reward ? "updated" : "created"}`,
      onClose,
    }
  )

  return (
    <FormDrawer
      onOpenChange={closeWith(onClose)}
      title={reward ? `Edit ${reward.name}` : "Create reward"}
      isPending={isPending}
      onSubmit={() => {
        const invalid = validateRewardForm(form)
        setError(invalid)
        if (!invalid) {
          save(formToRewardInput(form))
        }
      }}
    >
      <RewardFormFields
        idPrefix={reward ? "edit-reward" : "create-reward"}
        form={form}
        onChange={setForm}
        error={error}
      />
    </FormDrawer>
  )
}
