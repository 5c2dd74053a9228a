import {
  Button,
  Checkbox,
  Heading,
  Label,
  Skeleton,
  Switch,
  Text,
  Textarea,
} from "@medusajs/ui"
import type { AdminOrder } from "@medusajs/framework/types"
import { useMemo, useState } from "react"
import {
  CSR_CHANNELS,
  useCreateCsrReturn,
  useCsrEligibility,
  useCsrPreview,
  type CreateCsrReturnInput,
  type CsrChannel,
  type CsrPreviewInput,
  type ExchangeOption,
} from "../../hooks/api/csr-returns"
import { useReturnReasonCodes } from "../../hooks/api/return-reason-codes"
import type { ReturnRequest } from "../../hooks/api/return-requests"
import { formatDate, formatMoney, formatPercent } from "../../lib/format"
import {
  ErrorText,
  FormField,
  labelledOptions,
  OptionSelect,
  SelectField,
} from "../common/form-field"
import { RefundBreakdown } from "../returns/refund-breakdown"
import {
  CsrReturnLine,
  type LineDetails,
  type LineErrors,
  type LineState,
} from "./csr-return-line"
import {
  differenceText,
  ExchangeFigures,
  shippingText,
} from "./exchange-figures"
import { channelLabels, newIdempotencyKey, outcomeLabels } from "./labels"
import { useDebouncedValue } from "./use-debounced-value"

// Long enough to skip the keystrokes of a quantity, short enough to feel live.
const PREVIEW_DEBOUNCE_MS = 400
const MIN_JUSTIFICATION = 10

type RefundMethod = NonNullable<CreateCsrReturnInput["refund_method"]>

const fieldError = (message: string) => {
  // The server names fields like "Value for field 'items, 0, quantity'".
  const match = /field '([^']+)'/.exec(message)
  return match ? (match[1].split(", ").pop() ?? null) : null
}

/**
 * The CSR return form: returnable lines with their deadlines, quantity,
 * reason and condition per line, refund or (when the customer's policy
 * allows it) exchange for another variant or for something else (any
 * product up to the line's credit), channel, contact confirmation,
 * note, refund method and, for permitted users, an override. The server
 * evaluates it as the CSR types (debounced) and has the last word on
 * submit.
 */
export const CsrReturnForm = ({
  order,
  onCreated,
}: {
  /** The order page's order: customer, lines with SKU, variant and price. */
  order: AdminOrder
  onCreated: (request: ReturnRequest) => void
}) => {
  const orderId = order.id
  // Fixed for the life of the form: a double submit reuses the key, and
  // the initiation time counts from when the form opened.
  const [idempotencyKey] = useState(newIdempotencyKey)
  const [openedAt] = useState(() => new Date().toISOString())

  const eligibility = useCsrEligibility(orderId)
  const reasonCodes = useReturnReasonCodes({ active: true, limit: 100 })
  const [lines, setLines] = useState<Record<string, LineState>>({})
  const [channel, setChannel] = useState<CsrChannel>("phone")
  const [contactConfirmed, setContactConfirmed] = useState(false)
  const [note, setNote] = useState("")
  const [refundMethod, setRefundMethod] =
    useState<RefundMethod>("original_payment")
  const [overrideOn, setOverrideOn] = useState(false)
  const [overrideOutcome, setOverrideOutcome] = useState<
    "auto_approve" | "review"
  >("auto_approve")
  const [justification, setJustification] = useState("")
  const [submitted, setSubmitted] = useState(false)
  const create = useCreateCsrReturn(orderId)

  const returnable = (eligibility.data?.lines ?? []).filter(
    (l) => l.eligible && l.returnable_quantity > 0
  )
  const notReturnable = (eligibility.data?.lines ?? []).filter(
    (l) => !l.eligible || l.returnable_quantity === 0
  )
  const stateOf = (lineId: string): LineState =>
    lines[lineId] ?? {
      selected: false,
      quantity: 1,
      reason_code: "",
      condition: "new",
      has_evidence: false,
      evidence_note: "",
      remedy: "refund",
      exchange_variant_id: "",
    }
  const selected = returnable.filter((l) => stateOf(l.line_item_id).selected)
  // Medusa's exchange has no refund lines: one request exchanges every
  // line or none.
  const exchanged = selected.filter(
    (l) => stateOf(l.line_item_id).remedy !== "refund"
  )
  const exchangeMode =
    selected.length > 0 && exchanged.length === selected.length
  const mixedRemedies = exchanged.length > 0 && !exchangeMode
  const exchangeChoice = (lineId: string) => {
    const state = stateOf(lineId)
    return exchangeMode && state.exchange_variant_id
      ? {
          exchange: {
            variant_id: state.exchange_variant_id,
            mode:
              state.remedy === "exchange_any"
                ? ("any" as const)
                : ("same_product" as const),
          },
        }
      : {}
  }

  const items = selected
    .map((l) => ({ line: l, state: stateOf(l.line_item_id) }))
    .filter(({ state }) => state.reason_code && state.quantity >= 1)
    // An exchanged line is previewed once its new variant is picked.
    .filter(({ state }) => !exchangeMode || state.exchange_variant_id)
    .map(({ line, state }) => ({
      line_item_id: line.line_item_id,
      quantity: Math.trunc(state.quantity),
      reason_code: state.reason_code,
      condition: state.condition,
      ...(state.has_evidence ? { has_evidence: true } : {}),
      ...exchangeChoice(line.line_item_id),
    }))
  // Debounced as a string: equal forms are equal keys, so re-renders do not
  // restart the timer or refetch.
  const previewKey = JSON.stringify(
    items.length && !mixedRemedies
      ? {
          order_id: orderId,
          items,
          ...(exchangeMode ? {} : { refund_method: refundMethod }),
        }
      : null
  )
  const debouncedKey = useDebouncedValue(previewKey, PREVIEW_DEBOUNCE_MS)
  const debouncedInput = useMemo(
    () => JSON.parse(debouncedKey) as CsrPreviewInput | null,
    [debouncedKey]
  )
  const preview = useCsrPreview(debouncedInput)

  // Local checks first, then the server's rules, each next to its field.
  const errorsByLine: Record<string, LineErrors> = {}
  for (const line of selected) {
    const state = stateOf(line.line_item_id)
    const errors: LineErrors = {}
    if (
      !Number.isInteger(state.quantity) ||
      state.quantity < 1 ||
      state.quantity > line.returnable_quantity
    ) {
      errors.quantity = `Between 1 and ${line.returnable_quantity}`
    }
    if (!state.reason_code) {
      errors.reason_code = submitted ? "Pick a reason" : undefined
    }
    if (state.has_evidence && !state.evidence_note.trim()) {
      errors.note = submitted ? "Say what evidence you saw" : undefined
    }
    if (state.remedy !== "refund" && !state.exchange_variant_id) {
      errors.exchange = submitted
        ? state.remedy === "exchange"
          ? "Pick the new variant"
          : "Pick the new item"
        : undefined
    }
    errorsByLine[line.line_item_id] = errors
  }
  const previewErrors = preview.data?.errors ?? []
  for (const error of previewErrors) {
    if (error.line_item_id && error.effect === "reject") {
      const errors = (errorsByLine[error.line_item_id] ??= {})
      errors[error.field ?? "line_item_id"] ??= error.message
    }
  }
  const previewByLine = new Map(
    (preview.data?.items ?? []).map((i) => [i.line_item_id, i])
  )
  const currency = eligibility.data?.currency_code ?? null
  // The preview of the form as it is now: an answer for the other remedy
  // stays on screen while the next one loads, and must not be shown.
  const previewExchange = exchangeMode ? (preview.data?.exchange ?? null) : null
  const previewMatches =
    !!preview.data && !!preview.data.exchange === exchangeMode
  const plannedByLine = new Map(
    (previewExchange?.lines ?? []).map((l) => [l.line_item_id, l])
  )
  const exchangeTerms = eligibility.data?.exchange
  const optionLabel = (option: ExchangeOption) =>
    [
      option.title,
      formatMoney(option.unit_total, currency),
      option.available === null
        ? "stock not tracked"
        : `${option.available} in stock`,
    ].join(" · ")
  const exchangeOf = (lineId: string) => {
    const options = exchangeTerms?.options[lineId] ?? []
    const planned = plannedByLine.get(lineId)
    return {
      // Without another variant in stock, "something else" is still
      // offered: its search says when nothing fits the credit.
      refusal: !exchangeTerms?.allowed
        ? (exchangeTerms?.reasons.join("; ") ??
          "this store does not offer exchanges")
        : null,
      options,
      optionLabel,
      difference: planned ? differenceText(planned.difference, currency) : null,
    }
  }

  const canOverride = !!eligibility.data?.can_override
  const justificationError =
    overrideOn && justification.trim().length < MIN_JUSTIFICATION
      ? `Say why (at least ${MIN_JUSTIFICATION} characters)`
      : null
  const localProblems = [
    selected.length === 0 ? "Pick at least one line" : null,
    selected.some((l) => !stateOf(l.line_item_id).reason_code)
      ? "Every line needs a reason"
      : null,
    Object.values(errorsByLine).some((e) => e.quantity)
      ? "Check the quantities"
      : null,
    selected.some((l) => {
      const state = stateOf(l.line_item_id)
      return state.has_evidence && !state.evidence_note.trim()
    })
      ? "Describe the evidence you saw"
      : null,
    mixedRemedies
      ? "Exchange every line or none: enter the refunds as their own return"
      : null,
    exchangeMode &&
    selected.some((l) => !stateOf(l.line_item_id).exchange_variant_id)
      ? "Pick the new variant or item of every exchanged line"
      : null,
    !contactConfirmed ? "Confirm the customer's contact details" : null,
    justificationError,
  ].filter((p): p is string => !!p)
  const rejected = previewMatches && preview.data?.outcome === "reject"
  const serverMessage = create.error?.message ?? null
  const serverField = serverMessage ? fieldError(serverMessage) : null

  const submit = () => {
    setSubmitted(true)
    if (localProblems.length || rejected || create.isPending) {
      return
    }
    create.mutate(
      {
        order_id: orderId,
        channel,
        contact_confirmed: true,
        // An exchange's surplus always goes back to the original payment.
        refund_method: exchangeMode ? undefined : refundMethod,
        note: note.trim() || undefined,
        idempotency_key: idempotencyKey,
        opened_at: openedAt,
        items: selected.map((l) => {
          const state = stateOf(l.line_item_id)
          return {
            line_item_id: l.line_item_id,
            quantity: Math.trunc(state.quantity),
            reason_code: state.reason_code,
            condition: state.condition,
            ...(state.has_evidence
              ? { has_evidence: true, note: state.evidence_note.trim() }
              : {}),
            ...exchangeChoice(l.line_item_id),
          }
        }),
        override: overrideOn
          ? { outcome: overrideOutcome, justification: justification.trim() }
          : undefined,
      },
      { onSuccess: ({ return_request }) => onCreated(return_request) }
    )
  }

  if (eligibility.isLoading) {
    return <Skeleton className="h-32 w-full" />
  }
  if (eligibility.isError) {
    return (
      <Text className="text-ui-fg-error" role="alert">
        {eligibility.error.message}
      </Text>
    )
  }

  const customerName = [order.customer?.first_name, order.customer?.last_name]
    .filter(Boolean)
    .join(" ")
  const phone = order.customer?.phone || order.shipping_address?.phone || null
  const orderItems = new Map((order.items ?? []).map((i) => [i.id, i]))
  const detailsOf = (lineId: string): LineDetails => {
    const item = orderItems.get(lineId)
    return {
      sku: item?.variant_sku ?? null,
      variant: item?.variant_title ?? null,
      unitPrice:
        item?.unit_price != null
          ? formatMoney(Number(item.unit_price), order.currency_code)
          : null,
    }
  }
  const customerBlock = (
    <div
      className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg px-4 py-3"
      data-testid="csr-customer"
    >
      <Text size="small" weight="plus">
        {customerName || order.email || "Customer"}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {[order.customer?.email ?? order.email, phone]
          .filter(Boolean)
          .join(" · ") || "No contact details on the order"}
      </Text>
    </div>
  )

  // Nothing returnable: say why, and offer no form to fill in.
  if (returnable.length === 0) {
    return (
      <div className="flex flex-col gap-y-6" data-testid="csr-form">
        {customerBlock}
        <div
          className="flex flex-col items-center gap-y-2 rounded-lg border border-dashed px-6 py-8 text-center"
          data-testid="csr-no-lines"
        >
          <Heading level="h3">Nothing on this order can be returned</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {notReturnable.length
              ? notReturnable
                  .map((l) => `${l.title}: ${l.reason ?? "not returnable"}`)
                  .join(" · ")
              : "The order has no lines."}
          </Text>
        </div>
        <div className="flex justify-end">
          <Button disabled data-testid="csr-submit">
            Create return
          </Button>
        </div>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-6" data-testid="csr-form">
      {customerBlock}
      <div className="flex flex-col gap-y-1">
        <Text size="small" className="text-ui-fg-subtle">
          {eligibility.data?.tier
            ? `${eligibility.data.tier.name} tier · `
            : "No tier · "}
          {eligibility.data?.policy?.name} policy:{" "}
          {eligibility.data?.policy?.return_window_days} days
          {eligibility.data?.policy?.free_return_shipping
            ? ", free return shipping"
            : ""}
          {eligibility.data?.policy?.restocking_fee_percent
            ? `, ${formatPercent(eligibility.data.policy.restocking_fee_percent)} restocking fee`
            : ""}
          {exchangeTerms?.allowed
            ? `, exchanges${exchangeTerms.auto_approve ? " auto-approved" : " reviewed"}${exchangeTerms.instant ? ", instant" : ""}`
            : ", no exchanges"}
        </Text>
      </div>

      <section className="flex flex-col gap-y-3">
        <Heading level="h3">Items</Heading>
        {returnable.map((line) => {
          const item = previewByLine.get(line.line_item_id)
          return (
            <CsrReturnLine
              key={line.line_item_id}
              orderId={orderId}
              line={line}
              state={stateOf(line.line_item_id)}
              reasonCodes={reasonCodes.data?.reason_codes ?? []}
              errors={errorsByLine[line.line_item_id] ?? {}}
              details={detailsOf(line.line_item_id)}
              deadline={formatDate(line.deadline)}
              refund={
                item && item.eligible && previewMatches && !exchangeMode
                  ? formatMoney(item.refund_estimate, currency)
                  : null
              }
              exchange={exchangeOf(line.line_item_id)}
              onChange={(next) =>
                setLines((prev) => ({ ...prev, [line.line_item_id]: next }))
              }
            />
          )
        })}
        {notReturnable.length > 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            Not returnable:{" "}
            {notReturnable.map((l) => `${l.title} (${l.reason})`).join("; ")}
          </Text>
        )}
      </section>

      <section className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <SelectField
          id="csr-channel"
          label="Channel"
          compact
          value={channel}
          onValueChange={setChannel}
          options={labelledOptions(CSR_CHANNELS, channelLabels)}
          data-testid="csr-channel"
          optionTestId="csr-channel-option"
        />
        {!exchangeMode && (
          <SelectField<RefundMethod>
            id="csr-refund-method"
            label="Refund to"
            compact
            value={refundMethod}
            onValueChange={setRefundMethod}
            options={[
              { value: "original_payment", label: "Original payment" },
              {
                value: "store_credit",
                label: `Store credit${
                  eligibility.data?.policy?.store_credit_bonus_percent
                    ? ` (+${formatPercent(eligibility.data.policy.store_credit_bonus_percent)} bonus)`
                    : ""
                }`,
              },
            ]}
            data-testid="csr-refund-method"
            optionTestId="csr-refund-method-option"
          />
        )}
        <FormField
          id="csr-note"
          label="Note (internal)"
          compact
          className="col-span-full"
        >
          <Textarea
            id="csr-note"
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
            data-testid="csr-note"
          />
        </FormField>
        <div className="flex items-center gap-x-2 col-span-full">
          <Checkbox
            id="csr-contact-confirmed"
            checked={contactConfirmed}
            onCheckedChange={(c) => setContactConfirmed(c === true)}
            data-testid="csr-contact-confirmed"
          />
          <Label htmlFor="csr-contact-confirmed" size="small">
            I confirmed the customer's identity and contact details
          </Label>
        </div>
        {submitted && !contactConfirmed && (
          <Text
            size="xsmall"
            className="text-ui-fg-error col-span-full"
            role="alert"
          >
            Confirm the customer's contact details
          </Text>
        )}
      </section>

      {canOverride && (
        <section
          className="flex flex-col gap-y-3 rounded-lg border px-4 py-3"
          data-testid="csr-override"
        >
          <div className="flex items-center gap-x-2">
            <Switch
              id="csr-override-toggle"
              checked={overrideOn}
              onCheckedChange={setOverrideOn}
              data-testid="csr-override-toggle"
            />
            <Label htmlFor="csr-override-toggle" size="small" weight="plus">
              Override the policy's decision
            </Label>
          </div>
          {overrideOn && (
            <>
              <OptionSelect
                value={overrideOutcome}
                onValueChange={setOverrideOutcome}
                options={[
                  { value: "auto_approve", label: "Approve now" },
                  { value: "review", label: "Send to review" },
                ]}
                data-testid="csr-override-outcome"
              />
              <Textarea
                placeholder="Justification (required)"
                value={justification}
                aria-invalid={!!justificationError && submitted}
                onChange={(e) => setJustification(e.target.value)}
                data-testid="csr-override-justification"
              />
              <ErrorText size="xsmall">{justificationError}</ErrorText>
              <Text size="xsmall" className="text-ui-fg-subtle">
                An override changes approve/review only: lines out of the
                window, over the returnable quantity or final sale stay refused.
              </Text>
            </>
          )}
        </section>
      )}

      <section
        className="flex flex-col gap-y-3 rounded-lg border px-4 py-3"
        data-testid="csr-preview"
        aria-busy={preview.isFetching}
      >
        <div className="flex items-center justify-between">
          <Heading level="h3">
            {exchangeMode ? "Exchange and decision" : "Refund and decision"}
          </Heading>
          {preview.isFetching && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              Updating…
            </Text>
          )}
        </div>
        {!preview.data || !previewMatches || mixedRemedies ? (
          <Text size="small" className="text-ui-fg-subtle">
            {mixedRemedies
              ? "One request exchanges every line or none: enter the refunds as their own return."
              : exchangeMode
                ? "Pick reasons and the new variants to see the difference."
                : "Pick lines and reasons to see the refund."}
          </Text>
        ) : (
          <>
            <Text
              size="small"
              weight="plus"
              data-testid="csr-preview-outcome"
              data-outcome={preview.data.outcome}
            >
              {overrideOn && preview.data.outcome !== "reject"
                ? `${outcomeLabels[overrideOutcome]} (override; policy: ${outcomeLabels[preview.data.outcome]})`
                : outcomeLabels[preview.data.outcome]}
            </Text>
            {preview.data.reasons.length > 0 && (
              <ul
                className="text-ui-fg-subtle txt-small pl-5"
                style={{ listStyleType: "disc" }}
              >
                {preview.data.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
            {previewExchange ? (
              previewExchange.allowed && (
                <>
                  <ExchangeFigures
                    plan={previewExchange}
                    from={(lineId) => detailsOf(lineId).variant}
                  />
                  <Text
                    size="small"
                    className="text-ui-fg-subtle"
                    data-testid="csr-preview-shipping"
                  >
                    {shippingText(previewExchange)}
                    {previewExchange.difference > 0
                      ? " The customer pays the difference through the order's payment collection."
                      : previewExchange.difference < 0
                        ? " The surplus goes back to the original payment once the old item is received."
                        : ""}
                  </Text>
                </>
              )
            ) : (
              <div data-testid="csr-preview-refund">
                <RefundBreakdown
                  estimate={preview.data.refund}
                  storeCredit={refundMethod === "store_credit"}
                />
              </div>
            )}
          </>
        )}
        {preview.isError && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {preview.error.message}
          </Text>
        )}
      </section>

      {serverMessage && (
        <Text
          size="small"
          className="text-ui-fg-error"
          role="alert"
          data-testid="csr-submit-error"
          data-field={serverField ?? undefined}
        >
          {serverMessage}
        </Text>
      )}
      {submitted && localProblems.length > 0 && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {localProblems.join(" · ")}
        </Text>
      )}
      {/* Sticky: the form is long, the way out stays in reach. */}
      <div
        className="bg-ui-bg-base sticky bottom-0 z-10 flex items-center justify-between gap-x-3 border-t py-3"
        data-testid="csr-footer"
      >
        <Text size="small" className="text-ui-fg-subtle">
          {selected.length === 0
            ? "Pick the lines to return"
            : `${selected.length} line${selected.length > 1 ? "s" : ""}${
                !previewMatches || !preview.data
                  ? ""
                  : previewExchange
                    ? previewExchange.allowed
                      ? ` · ${differenceText(previewExchange.difference, currency).toLowerCase()}`
                      : ""
                    : ` · refund ${formatMoney(preview.data.refund.refund_total, currency)}`
              }`}
        </Text>
        <Button
          onClick={submit}
          isLoading={create.isPending}
          disabled={create.isPending || rejected}
          data-testid="csr-submit"
        >
          {exchangeMode ? "Create exchange" : "Create return"}
        </Button>
      </div>
    </div>
  )
}
