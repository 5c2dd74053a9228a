import {
  Button,
  Drawer,
  Input,
  Label,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useAdjustLoyaltyPoints } from "../../hooks/api/loyalty-accounts"

const MIN_REASON = 3

const validate = (points: string, reason: string) => {
  const value = Number(points)
  if (points.trim() === "" || !Number.isInteger(value) || value === 0) {
    return "Points must be a whole number other than zero"
  }
  if (reason.trim().length < MIN_REASON) {
    return `Give a reason of at least ${MIN_REASON} characters`
  }
  return null
}

type AdjustPointsDrawerProps = {
  customerId: string
  /** False when the customer has no account yet: the adjustment creates it. */
  isMember: boolean
}

export const AdjustPointsDrawer = ({
  customerId,
  isMember,
}: AdjustPointsDrawerProps) => {
  const [open, setOpen] = useState(false)
  const [points, setPoints] = useState("")
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const { mutate, isPending } = useAdjustLoyaltyPoints(customerId, {
    onSuccess: (_data, { points: adjusted }) => {
      toast.success(
        adjusted > 0
          ? `Added ${adjusted} points`
          : `Removed ${Math.abs(adjusted)} points`
      )
      setPoints("")
      setReason("")
      setError(null)
      setOpen(false)
    },
    onError: (e) => toast.error(e.message),
  })

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Adjust points
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            const invalid = validate(points, reason)
            setError(invalid)
            if (!invalid) {
              mutate({ points: Number(points), reason: reason.trim() })
            }
          }}
        >
          <Drawer.Header>
            <Drawer.Title>Adjust points</Drawer.Title>
            <Drawer.Description>
              {isMember
                ? "Add points with a positive number, remove them with a negative one."
                : "The customer joins the program with this adjustment."}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-auto">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="adjust-points">Points</Label>
              <Input
                id="adjust-points"
                type="number"
                step={1}
                placeholder="e.g. 250 or -100"
                value={points}
                onChange={(e) => setPoints(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="adjust-reason">Reason</Label>
              <Textarea
                id="adjust-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
              <Text size="small" className="text-ui-fg-subtle">
                Stored on the ledger entry.
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
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
