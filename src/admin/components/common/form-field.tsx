import { Label, Switch, Text } from "@medusajs/ui"
import { ChangeEvent, ReactNode } from "react"

/** A form error, announced to screen readers; nothing when there is none. */
export const ErrorText = ({ children }: { children?: ReactNode }) =>
  children ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {children}
    </Text>
  ) : null

/** A grey explanation under a field. */
export const HintText = ({ children }: { children: ReactNode }) => (
  <Text size="small" className="text-ui-fg-subtle">
    {children}
  </Text>
)

type FormFieldProps = {
  /** The control's id, which the label points at. */
  id?: string
  label: ReactNode
  hint?: ReactNode
  /** Shown instead of the hint. */
  error?: ReactNode
  /** A small, bold label, as the Returns forms use. */
  strong?: boolean
  children: ReactNode
}

/** A label, its control, and a hint or an error below. */
export const FormField = ({
  id,
  label,
  hint,
  error,
  strong,
  children,
}: FormFieldProps) => (
  <div className="flex flex-col gap-y-1">
    {strong ? (
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
    ) : (
      <Label htmlFor={id}>{label}</Label>
    )}
    {children}
    {error ? (
      <ErrorText>{error}</ErrorText>
    ) : (
      hint && <HintText>{hint}</HintText>
    )}
  </div>
)

type SwitchFieldProps = {
  id: string
  label: ReactNode
  checked: boolean
  onCheckedChange: (checked: boolean) => void
  hint?: ReactNode
  error?: ReactNode
}

/** A bold label with its switch at the end of the row, then hint and error. */
export const SwitchField = ({
  id,
  label,
  checked,
  onCheckedChange,
  hint,
  error,
}: SwitchFieldProps) => (
  <div className="flex flex-col gap-y-1">
    <div className="flex items-center justify-between gap-x-3">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <Switch id={id} checked={checked} onCheckedChange={onCheckedChange} />
    </div>
    {hint && <HintText>{hint}</HintText>}
    <ErrorText>{error}</ErrorText>
  </div>
)

/**
 * Binds text inputs to a form held as strings: `bind(key)` gives an input
 * its id (`<idPrefix>-<key>`), value and change handler.
 *
 * @example
 * const bind = bindFields("create-reward", form, onChange)
 * <Input type="number" {...bind("points_cost")} />
 */
export const bindFields =
  <F extends object>(idPrefix: string, form: F, onChange: (form: F) => void) =>
  (key: keyof F & string) => ({
    id: `${idPrefix}-${key}`,
    value: String(form[key] ?? ""),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ ...form, [key]: e.target.value }),
  })
