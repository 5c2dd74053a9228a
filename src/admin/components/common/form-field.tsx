import { clx, Label, Select, Switch, Text } from "@medusajs/ui"
import { ChangeEvent, ReactNode } from "react"

type PrintSize = "xsmall" | "small"

/** A form error, announced to screen readers; nothing when there is none. */
export const ErrorText = ({
  children,
  size = "small",
}: {
  children?: ReactNode
  size?: PrintSize
}) =>
  children ? (
    <Text size={size} className="text-ui-fg-error" role="alert">
      {children}
    </Text>
  ) : null

/** A grey explanation under a field. */
export const HintText = ({
  children,
  size = "small",
}: {
  children: ReactNode
  size?: PrintSize
}) => (
  <Text size={size} className="text-ui-fg-subtle">
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
  /** A small label and small print below, as the CSR return form uses. */
  compact?: boolean
  className?: string
  children: ReactNode
}

/** A label, its control, and a hint or an error below. */
export const FormField = ({
  id,
  label,
  hint,
  error,
  strong,
  compact,
  className,
  children,
}: FormFieldProps) => {
  const print = compact ? "xsmall" : "small"
  return (
    <div className={clx("flex flex-col gap-y-1", className)}>
      <Label
        htmlFor={id}
        size={strong || compact ? "small" : undefined}
        weight={strong ? "plus" : undefined}
      >
        {label}
      </Label>
      {children}
      {error ? (
        <ErrorText size={print}>{error}</ErrorText>
      ) : (
        hint && <HintText size={print}>{hint}</HintText>
      )}
    </div>
  )
}

type OptionSelectProps<V extends string> = {
  id?: string
  /** Empty: nothing picked yet, the placeholder shows. */
  value: V | ""
  onValueChange: (value: V) => void
  options: readonly { value: V; label: ReactNode; disabled?: boolean }[]
  placeholder?: string
  invalid?: boolean
  disabled?: boolean
  size?: "base" | "small"
  /** For a select without a visible label. */
  "aria-label"?: string
  "data-testid"?: string
  /** Each option's test id is `<optionTestId>-<value>`. */
  optionTestId?: string
}

/** A Select over a fixed list of options. */
export const OptionSelect = <V extends string>({
  id,
  value,
  onValueChange,
  options,
  placeholder,
  invalid,
  disabled,
  size,
  "aria-label": ariaLabel,
  "data-testid": testId,
  optionTestId,
}: OptionSelectProps<V>) => (
  <Select
    size={size}
    value={value || undefined}
    disabled={disabled}
    onValueChange={(next) => onValueChange(next as V)}
  >
    <Select.Trigger
      id={id}
      aria-label={ariaLabel}
      aria-invalid={invalid}
      data-testid={testId}
    >
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {options.map((option) => (
        <Select.Item
          key={option.value}
          value={option.value}
          disabled={option.disabled}
          data-testid={optionTestId && `${optionTestId}-${option.value}`}
        >
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

type SelectFieldProps<V extends string> = OptionSelectProps<V> &
  Omit<FormFieldProps, "id" | "children">

/** A labelled `OptionSelect`, marked invalid while it has an error. */
export const SelectField = <V extends string>({
  label,
  hint,
  error,
  strong,
  compact,
  className,
  ...select
}: SelectFieldProps<V>) => (
  <FormField
    id={select.id}
    label={label}
    hint={hint}
    error={error}
    strong={strong}
    compact={compact}
    className={className}
  >
    <OptionSelect invalid={!!error} {...select} />
  </FormField>
)

/** Options for `OptionSelect` from a list of values and their labels. */
export const labelledOptions = <V extends string>(
  values: readonly V[],
  labels: Record<V, ReactNode>
) => values.map((value) => ({ value, label: labels[value] }))

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
