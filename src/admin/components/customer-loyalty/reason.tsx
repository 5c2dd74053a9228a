import { Textarea, toast } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { FormField } from "../common/form-field"

/** The server's minimum length for a points adjustment's or a tier lock's reason. */
export const MIN_REASON = 3

/** Why `reason` would be refused; null when it is long enough. */
export const reasonError = (reason: string) =>
  reason.trim().length < MIN_REASON
    ? `Give a reason of at least ${MIN_REASON} characters`
    : null

/**
 * The state of a drawer that changes a member with a reason: whether it is
 * open, the reason, the form's error. `saved` toasts, clears the reason and
 * the error and closes the drawer; `failed` toasts the server's message.
 */
export const useReasonDrawer = () => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const saved = (message: string) => {
    toast.success(message)
    setReason("")
    setError(null)
    setOpen(false)
  }
  const failed = (e: Error) => toast.error(e.message)
  return { open, setOpen, reason, setReason, error, setError, saved, failed }
}

/** The reason's text area, labelled "Reason". */
export const ReasonField = ({
  id,
  value,
  onChange,
  hint,
}: {
  id: string
  value: string
  onChange: (reason: string) => void
  hint?: ReactNode
}) => (
  <FormField id={id} label="Reason" hint={hint}>
    <Textarea
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  </FormField>
)
