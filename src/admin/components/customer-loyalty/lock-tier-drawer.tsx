import { DatePicker } from "@medusajs/ui"
import { useState } from "react"
import { useLockLoyaltyTier } from "../../hooks/api/loyalty-accounts"
import { useTierOptions } from "../../hooks/api/loyalty-tiers"
import { FormDrawer } from "../common/form-drawer"
import { ErrorText, FormField, SelectField } from "../common/form-field"
import { ReasonField, reasonError, useReasonDrawer } from "./reason"

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
  const { open, setOpen, reason, setReason, error, setError, saved, failed } =
    useReasonDrawer()
  const [tierId, setTierId] = useState(currentTierId ?? "")
  const [expiresAt, setExpiresAt] = useState<Date | null>(null)
  const [minDate] = useState(today)
  const tierOptions = useTierOptions()
  const { mutate, isPending } = useLockLoyaltyTier(customerId, {
    onSuccess: ({ account }) => {
      setExpiresAt(null)
      saved(`Tier locked${account.tier ? ` to ${account.tier.name}` : ""}`)
    },
    onError: failed,
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
      <ReasonField id="lock-reason" value={reason} onChange={setReason} />
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
