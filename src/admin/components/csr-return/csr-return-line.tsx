import {
  Checkbox,
  Input,
  Label,
  RadioGroup,
  Text,
  Textarea,
} from "@medusajs/ui"
import {
  ErrorText,
  FormField,
  labelledOptions,
  SelectField,
} from "../common/form-field"
import {
  ITEM_CONDITIONS,
  type CsrEligibilityLine,
  type ExchangeOption,
  type ItemCondition,
} from "../../hooks/api/csr-returns"
import type { ReturnReasonCode } from "../../hooks/api/return-reason-codes"
import { CsrAnyExchange } from "./csr-any-exchange"
import { conditionLabels } from "./labels"

export type LineState = {
  selected: boolean
  quantity: number
  reason_code: string
  condition: ItemCondition
  /** For a reason that requires evidence: the CSR saw it... */
  has_evidence: boolean
  /** ...and says what it was (kept on the request's line). */
  evidence_note: string
  /**
   * Money back, another variant of the same product, or any product in
   * stock up to the line's credit ("exchange for something else").
   */
  remedy: "refund" | "exchange" | "exchange_any"
  /** The variant chosen for an exchange; empty until picked. */
  exchange_variant_id: string
}

/** What the line may be exchanged for, from the eligibility answer. */
export type LineExchange = {
  /** Why the line can only be refunded; null when an exchange is offered. */
  refusal: string | null
  /** The other variants of the line's product; empty: only "something else". */
  options: ExchangeOption[]
  /** An option's label: variant, price, stock. */
  optionLabel: (option: ExchangeOption) => string
  /** The server's difference for this line, as a sentence; null before a preview. */
  difference: string | null
}

/** What the order page knows about a line, beyond eligibility. */
export type LineDetails = {
  sku: string | null
  variant: string | null
  unitPrice: string | null
}

/** Errors for one line, keyed by field (quantity, reason_code, ...). */
export type LineErrors = Partial<Record<string, string>>

const remedyLabels: Record<LineState["remedy"], string> = {
  refund: "Refund",
  exchange: "Exchange for another variant",
  exchange_any: "Exchange for something else",
}

/** One returnable order line: pick it, then quantity, reason and condition. */
export const CsrReturnLine = ({
  orderId,
  line,
  state,
  reasonCodes,
  errors,
  refund,
  exchange,
  details,
  deadline,
  onChange,
}: {
  orderId: string
  line: CsrEligibilityLine
  details: LineDetails
  /** The last day of the return window, formatted. */
  deadline: string
  state: LineState
  reasonCodes: ReturnReasonCode[]
  errors: LineErrors
  /** The server's refund for this line, formatted; null before a preview. */
  refund: string | null
  exchange: LineExchange
  onChange: (next: LineState) => void
}) => {
  const exchanging = state.remedy !== "refund"
  const remedies: LineState["remedy"][] = [
    "refund",
    ...(exchange.options.length ? (["exchange"] as const) : []),
    "exchange_any",
  ]
  const id = (field: string) => `csr-${line.line_item_id}-${field}`
  const lineError = errors.line_item_id
  const reason = reasonCodes.find((r) => r.code === state.reason_code)
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
              data-testid={`csr-line-details-${line.line_item_id}`}
            >
              {[
                details.variant,
                details.sku ? `SKU ${details.sku}` : null,
                details.unitPrice ? `${details.unitPrice} each` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </Text>
            <Text
              size="small"
              className="text-ui-fg-subtle"
              data-testid={`csr-line-deadline-${line.line_item_id}`}
            >
              {line.returnable_quantity} of {line.quantity} returnable · until{" "}
              {deadline} ({line.days_left} days left)
            </Text>
          </div>
        </div>
        {state.selected && (exchanging ? exchange.difference : refund) && (
          <Text
            size="small"
            weight="plus"
            className="text-right"
            data-testid={`csr-line-amount-${line.line_item_id}`}
          >
            {exchanging ? exchange.difference : refund}
          </Text>
        )}
      </div>
      {state.selected && (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <FormField
            id={id("quantity")}
            label="Quantity"
            error={errors.quantity}
            compact
          >
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
          </FormField>
          <SelectField
            id={id("reason")}
            label="Reason"
            error={errors.reason_code}
            compact
            value={state.reason_code}
            onValueChange={(reason_code) => onChange({ ...state, reason_code })}
            options={reasonCodes.map((r) => ({
              value: r.code,
              label: r.label,
            }))}
            placeholder="Pick a reason"
            data-testid={`csr-line-reason-${line.line_item_id}`}
            optionTestId="csr-reason-option"
          />
          <SelectField
            id={id("condition")}
            label="Condition"
            error={errors.condition}
            compact
            value={state.condition}
            onValueChange={(condition) => onChange({ ...state, condition })}
            options={labelledOptions(ITEM_CONDITIONS, conditionLabels)}
            data-testid={`csr-line-condition-${line.line_item_id}`}
            optionTestId="csr-condition-option"
          />
        </div>
      )}
      {state.selected && (
        <div
          className="flex flex-col gap-y-2"
          data-testid={`csr-line-remedy-${line.line_item_id}`}
        >
          {exchange.refusal ? (
            <Text
              size="small"
              className="text-ui-fg-subtle"
              data-testid={`csr-line-no-exchange-${line.line_item_id}`}
            >
              Refund only: {exchange.refusal}
            </Text>
          ) : (
            <RadioGroup
              className="flex items-center gap-x-3"
              value={state.remedy}
              onValueChange={(remedy) =>
                onChange({
                  ...state,
                  remedy: remedy as LineState["remedy"],
                  // A variant picked in one list is not in the other.
                  exchange_variant_id: "",
                })
              }
              aria-label="Refund or exchange"
            >
              {remedies.map((remedy) => (
                <div key={remedy} className="flex items-center gap-x-2">
                  <RadioGroup.Item
                    value={remedy}
                    id={id(`remedy-${remedy}`)}
                    data-testid={`csr-line-remedy-${remedy}-${line.line_item_id}`}
                  />
                  <Label htmlFor={id(`remedy-${remedy}`)} size="small">
                    {remedyLabels[remedy]}
                  </Label>
                </div>
              ))}
            </RadioGroup>
          )}
          {state.remedy === "exchange_any" && !exchange.refusal && (
            <CsrAnyExchange
              orderId={orderId}
              lineItemId={line.line_item_id}
              value={state.exchange_variant_id}
              error={errors.exchange}
              onChange={(exchange_variant_id) =>
                onChange({ ...state, exchange_variant_id })
              }
            />
          )}
          {state.remedy === "exchange" && !exchange.refusal && (
            <SelectField
              id={id("exchange-variant")}
              label="Exchange for"
              compact
              error={errors.exchange}
              value={state.exchange_variant_id}
              onValueChange={(exchange_variant_id) =>
                onChange({ ...state, exchange_variant_id })
              }
              options={exchange.options.map((option) => ({
                value: option.variant_id,
                label: exchange.optionLabel(option),
              }))}
              placeholder="Pick the new variant"
              data-testid={`csr-line-exchange-variant-${line.line_item_id}`}
              optionTestId="csr-exchange-option"
            />
          )}
        </div>
      )}
      {state.selected && reason?.requires_evidence && (
        <div
          className="bg-ui-bg-subtle flex flex-col gap-y-2 rounded-md px-3 py-2"
          data-testid={`csr-line-evidence-${line.line_item_id}`}
        >
          <div className="flex items-start gap-x-2">
            <Checkbox
              id={id("evidence")}
              checked={state.has_evidence}
              onCheckedChange={(checked) =>
                onChange({ ...state, has_evidence: checked === true })
              }
              data-testid={`csr-line-has-evidence-${line.line_item_id}`}
            />
            <Label htmlFor={id("evidence")} size="small">
              {reason.label} needs evidence: I have seen the customer&apos;s
              photos or documents
            </Label>
          </div>
          {state.has_evidence && (
            <FormField
              id={id("evidence-note")}
              label="What did you see?"
              compact
            >
              <Textarea
                id={id("evidence-note")}
                rows={2}
                maxLength={2000}
                placeholder="e.g. Two photos of the torn seam, sent by email on 3 May"
                value={state.evidence_note}
                aria-invalid={!!errors.note}
                onChange={(e) =>
                  onChange({ ...state, evidence_note: e.target.value })
                }
                data-testid={`csr-line-evidence-note-${line.line_item_id}`}
              />
            </FormField>
          )}
          <ErrorText size="xsmall">
            {errors.note ?? errors.has_evidence}
          </ErrorText>
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
