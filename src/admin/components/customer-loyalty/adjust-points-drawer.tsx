import { Input } from "@medusajs/ui"
import { useState } from "react"
import { FormDrawer } from "../common/form-drawer"
import { ErrorText, FormField } from "../common/form-field"
import { useAdjustLoyaltyPoints } from "../../hooks/api/loyalty-accounts"
import { ReasonField, reasonError, useReasonDrawer } from "./reason"

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
  const { open, setOpen, reason, setReason, error, setError, saved, failed } =
    useReasonDrawer()
  const [points, setPoints] = useState("")
  const { mutate, isPending } = useAdjustLoyaltyPoints(customerId, {
    onSuccess: (_data, { points: adjusted }) => {
      setPoints("")
      saved(
        adjusted > 0
          ? `Added ${adjusted} points`
          : `Removed ${Math.abs(adjusted)} points`
      )
    },
    onError: failed,
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
      <ReasonField
        id="adjust-reason"
        value={reason}
        onChange={setReason}
        hint="Stored on the ledger entry."
      />
      <ErrorText>{error}</ErrorText>
    </FormDrawer>
  )
}
