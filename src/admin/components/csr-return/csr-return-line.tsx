import { Checkbox, Input, Label, Select, Text } from "@medusajs/ui"
import {
  ITEM_CONDITIONS,
  type CsrEligibilityLine,
  type ItemCondition,
} from "../../hooks/api/csr-returns"
import type { ReturnReasonCode } from "../../hooks/api/return-reason-codes"
import { conditionLabels } from "./labels"

export type LineState = {
  selected: boolean
  quantity: number
  reason_code: string
  condition: ItemCondition
}

/** Errors for one line, keyed by field (quantity, reason_code, ...). */
export type LineErrors = Partial<Record<string, string>>

/** One returnable order line: pick it, then quantity, reason and condition. */
export const CsrReturnLine = ({
  line,
  state,
  reasonCodes,
  errors,
  refund,
  onChange,
}: {
  line: CsrEligibilityLine
  state: LineState
  reasonCodes: ReturnReasonCode[]
  errors: LineErrors
  /** The server's refund for this line, formatted; null before a preview. */
  refund: string | null
  onChange: (next: LineState) => void
}) => {
  const id = (field: string) => `csr-${line.line_item_id}-${field}`
  const lineError = errors.line_item_id
  return (
    <div
      className="flex flex-col gap-y-3 rounded-lg border px-4 py-3"
      data-testid={`csr-line-${line.line_item_id}`}
    >
      <div className="flex items-start justify-between gap-x-3">
        <div className="flex items-start gap-x-3">
          <Checkbox
            id={id("select")}
            checked={state.selected}
            onCheckedChange={(checked) =>
              onChange({ ...state, selected: checked === true })
            }
            data-testid={`csr-line-select-${line.line_item_id}`}
          />
          <div>
            <Label htmlFor={id("select")} weight="plus">
              {line.title}
            </Label>
            <Text
              size="small"
              className="text-ui-fg-subtle"
              data-testid={`csr-line-deadline-${line.line_item_id}`}
            >
              {line.returnable_quantity} of {line.quantity} returnable · until{" "}
              {line.deadline} ({line.days_left} days left)
            </Text>
          </div>
        </div>
        {state.selected && refund && (
          <Text size="small" weight="plus">
            {refund}
          </Text>
        )}
      </div>
      {state.selected && (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor={id("quantity")} size="small">
              Quantity
            </Label>
            <Input
              id={id("quantity")}
              type="number"
              min={1}
              max={line.returnable_quantity}
              value={state.quantity}
              aria-invalid={!!errors.quantity}
              onChange={(e) =>
                onChange({ ...state, quantity: Number(e.target.value) })
              }
              data-testid={`csr-line-quantity-${line.line_item_id}`}
            />
            {errors.quantity && (
              <Text size="xsmall" className="text-ui-fg-error" role="alert">
                {errors.quantity}
              </Text>
            )}
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor={id("reason")} size="small">
              Reason
            </Label>
            <Select
              value={state.reason_code || undefined}
              onValueChange={(reason_code) =>
                onChange({ ...state, reason_code })
              }
            >
              <Select.Trigger
                id={id("reason")}
                aria-invalid={!!errors.reason_code}
                data-testid={`csr-line-reason-${line.line_item_id}`}
              >
                <Select.Value placeholder="Pick a reason" />
              </Select.Trigger>
              <Select.Content>
                {reasonCodes.map((r) => (
                  <Select.Item
                    key={r.code}
                    value={r.code}
                    data-testid={`csr-reason-option-${r.code}`}
                  >
                    {r.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            {errors.reason_code && (
              <Text size="xsmall" className="text-ui-fg-error" role="alert">
                {errors.reason_code}
              </Text>
            )}
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor={id("condition")} size="small">
              Condition
            </Label>
            <Select
              value={state.condition}
              onValueChange={(condition) =>
                onChange({ ...state, condition: condition as ItemCondition })
              }
            >
              <Select.Trigger
                id={id("condition")}
                data-testid={`csr-line-condition-${line.line_item_id}`}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {ITEM_CONDITIONS.map((c) => (
                  <Select.Item
                    key={c}
                    value={c}
                    data-testid={`csr-condition-option-${c}`}
                  >
                    {conditionLabels[c]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            {errors.condition && (
              <Text size="xsmall" className="text-ui-fg-error" role="alert">
                {errors.condition}
              </Text>
            )}
          </div>
        </div>
      )}
      {lineError && (
        <Text
          size="xsmall"
          className="text-ui-fg-error"
          role="alert"
          data-testid={`csr-line-error-${line.line_item_id}`}
        >
          {lineError}
        </Text>
      )}
    </div>
  )
}
