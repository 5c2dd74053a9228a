import {
  Button,
  DatePicker,
  Drawer,
  Label,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useLockLoyaltyTier } from "../../hooks/api/loyalty-accounts"
import { useLoyaltyTiers } from "../../hooks/api/loyalty-tiers"

type LockTierDrawerProps = {
  customerId: string
  currentTierId: string | null
}

const MIN_REASON = 3

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
  const { data: tierData } = useLoyaltyTiers({ limit: 100 })
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
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          setTierId(currentTierId ?? "")
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Lock tier
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            if (!tierId) {
              setError("Choose a tier")
              return
            }
            if (reason.trim().length < MIN_REASON) {
              setError(`Give a reason of at least ${MIN_REASON} characters`)
              return
            }
            setError(null)
            mutate({
              tier_id: tierId,
              reason: reason.trim(),
              expires_at: expiresAt
                ? endOfDay(expiresAt).toISOString()
                : undefined,
            })
          }}
        >
          <Drawer.Header>
            <Drawer.Title>Lock tier</Drawer.Title>
            <Drawer.Description>
              A locked tier is kept whatever the customer spends, until the lock
              expires or is removed.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-auto">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="lock-tier">Tier</Label>
              <Select value={tierId} onValueChange={setTierId}>
                <Select.Trigger id="lock-tier">
                  <Select.Value placeholder="Choose a tier" />
                </Select.Trigger>
                <Select.Content>
                  {(tierData?.tiers ?? []).map((tier) => (
                    <Select.Item key={tier.id} value={tier.id}>
                      {tier.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="lock-reason">Reason</Label>
              <Textarea
                id="lock-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label>Locked until (optional)</Label>
              <DatePicker
                aria-label="Locked until"
                value={expiresAt}
                onChange={setExpiresAt}
                minValue={minDate}
              />
              <Text size="small" className="text-ui-fg-subtle">
                Leave empty to keep the lock until it is removed.
              </Text>
            </div>
            {error && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Lock
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
