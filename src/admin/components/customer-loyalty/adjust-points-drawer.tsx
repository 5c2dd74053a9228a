import { Input, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { FormDrawer } from "../common/form-drawer"
import { ErrorText, FormField } from "../common/form-field"
import { useAdjustLoyaltyPoints } from "../../hooks/api/loyalty-accounts"
import { reasonError } from "./reason"

const validate = (points: string, reason: string) => {
  const value = Number(points)
  if (points.trim() === "" || !Number.isInteger(value) || value === 0) {
    return "Points must be a whole number other than zero"
  }
  return reasonError(reason)
}

type AdjustPointsDrawerProps = {
  customerId: string
  /** False when the customer has no account yet: the adjustment creates it. */
  isMember: boolean
}

/** Adds or removes a customer's points, with the reason kept on the ledger. */
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
    <FormDrawer
      trigger="Adjust points"
      open={open}
      onOpenChange={setOpen}
      title="Adjust points"
      description={
        isMember
          ? "Add points with a positive number, remove them with a negative one."
          : "The customer joins the program with this adjustment."
      }
      isPending={isPending}
      onSubmit={() => {
        const invalid = validate(points, reason)
        setError(invalid)
        if (!invalid) {
          mutate({ points: Number(points), reason: reason.trim() })
        }
      }}
    >
      <FormField id="adjust-points" label="Points">
        <Input
          id="adjust-points"
          type="number"
          step={1}
          placeholder="e.g. 250 or -100"
          value={points}
          onChange={(e) => setPoints(e.target.value)}
        />
      </FormField>
      <FormField
        id="adjust-reason"
        label="Reason"
        hint="Stored on the ledger entry."
      >
        <Textarea
          id="adjust-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormField>
      <ErrorText>{error}</ErrorText>
    </FormDrawer>
  )
}
