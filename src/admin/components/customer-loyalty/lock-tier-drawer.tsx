import { DatePicker, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useLockLoyaltyTier } from "../../hooks/api/loyalty-accounts"
import { useTierOptions } from "../../hooks/api/loyalty-tiers"
import { FormDrawer } from "../common/form-drawer"
import { ErrorText, FormField, SelectField } from "../common/form-field"
import { reasonError } from "./reason"

type LockTierDrawerProps = {
  customerId: string
  currentTierId: string | null
}

const today = () => {
  const date = new Date()
  date.setHours(0, 0, 0, 0)
  return date
}

// The picker yields midnight; a lock "until" a day should cover that day.
const endOfDay = (date: Date) => {
  const end = new Date(date)
  end.setHours(23, 59, 59, 999)
  return end
}

/** Keeps a customer in a tier, optionally until a day. */
export const LockTierDrawer = ({
  customerId,
  currentTierId,
}: LockTierDrawerProps) => {
  const [open, setOpen] = useState(false)
  const [tierId, setTierId] = useState(currentTierId ?? "")
  const [reason, setReason] = useState("")
  const [expiresAt, setExpiresAt] = useState<Date | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [minDate] = useState(today)
  const tierOptions = useTierOptions()
  const { mutate, isPending } = useLockLoyaltyTier(customerId, {
    onSuccess: ({ account }) => {
      toast.success(
        `Tier locked${account.tier ? ` to ${account.tier.name}` : ""}`
      )
      setReason("")
      setExpiresAt(null)
      setError(null)
      setOpen(false)
    },
    onError: (e) => toast.error(e.message),
  })

  return (
    <FormDrawer
      trigger="Lock tier"
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          setTierId(currentTierId ?? "")
        }
      }}
      title="Lock tier"
      description="A locked tier is kept whatever the customer spends, until the lock expires or is removed."
      isPending={isPending}
      submitLabel="Lock"
      onSubmit={() => {
        const invalid = tierId ? reasonError(reason) : "Choose a tier"
        setError(invalid)
        if (invalid) {
          return
        }
        mutate({
          tier_id: tierId,
          reason: reason.trim(),
          expires_at: expiresAt ? endOfDay(expiresAt).toISOString() : undefined,
        })
      }}
    >
      <SelectField
        id="lock-tier"
        label="Tier"
        value={tierId}
        onValueChange={setTierId}
        options={tierOptions}
        placeholder="Choose a tier"
      />
      <FormField id="lock-reason" label="Reason">
        <Textarea
          id="lock-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormField>
      <FormField
        label="Locked until (optional)"
        hint="Leave empty to keep the lock until it is removed."
      >
        <DatePicker
          aria-label="Locked until"
          value={expiresAt}
          onChange={setExpiresAt}
          minValue={minDate}
        />
      </FormField>
      <ErrorText>{error}</ErrorText>
    </FormDrawer>
  )
}
