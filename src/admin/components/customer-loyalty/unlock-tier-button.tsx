import { Button, usePrompt } from "@medusajs/ui"
import { useUnlockLoyaltyTier } from "../../hooks/api/loyalty-accounts"
import { toastResult } from "../common/toasts"

/** Removes the tier lock after a confirmation. */
export const UnlockTierButton = ({ customerId }: { customerId: string }) => {
  const prompt = usePrompt()
  const { mutate, isPending } = useUnlockLoyaltyTier(
    customerId,
    toastResult("Tier unlocked")
  )

  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={isPending}
      onClick={async () => {
        const confirmed = await prompt({
          title: "Unlock tier?",
          description:
            "The customer's tier goes back to following the program's thresholds.",
          confirmText: "Unlock",
          cancelText: "Cancel",
          variant: "confirmation",
        })
        if (confirmed) {
          mutate()
        }
      }}
    >
      Unlock tier
    </Button>
  )
}
