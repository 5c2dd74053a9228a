import {
  Button,
  Container,
  Heading,
  Input,
  Label,
  Prompt,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import {
  DisputeCaseFile,
  DisputeDetail,
  disputeResolutionKinds,
  DisputeResolutionKind,
  ResolveDisputeInput,
  useResolveDispute,
} from "../../hooks/api/disputes"
import { formatDateTime } from "../../lib/format"
import { DetailRow } from "../common/detail-row"
import { OptionSelect } from "../common/form-field"
import {
  currencyDigits,
  DisputeCaseProps,
  formatMoney,
  isClosed,
  refundableAmount,
  resolutionLabels,
} from "./format"
import { useStaffName } from "./use-staff-name"

export type ResolutionDraft = {
  kind: DisputeResolutionKind | ""
  amount: string
  templateId: string
  note: string
}

export const emptyResolutionDraft: ResolutionDraft = {
  kind: "",
  amount: "",
  templateId: "",
  note: "",
}

const NO_TEMPLATE = "none"

const reversibleStatuses = ["rejected", "pending_review"]

// Compared in minor units: 12.1 + 0.2 style float noise must not let an
// amount slip past the maximum or block one that equals it.
const toMinor = (value: number, digits: number) =>
  Math.round(value * 10 ** digits)

/** Why the amount can't be sent, or null when it is fine. */
export const validateAmount = (
  raw: string,
  max: number,
  currencyCode: string
) => {
  const digits = currencyDigits(currencyCode)
  const value = Number(raw)
  if (raw.trim() === "" || !Number.isFinite(value)) {
    return "Enter the amount to refund"
  }
  if (value <= 0) {
    return "The amount must be greater than 0"
  }
  if (toMinor(value, digits) / 10 ** digits !== value) {
    return `Use at most ${digits} decimal places`
  }
  if (toMinor(value, digits) > toMinor(max, digits)) {
    return `The amount can't exceed the refundable maximum of ${formatMoney(max, currencyCode)}`
  }
  return null
}

/** The amount the draft would refund, when it is known and valid. */
export const draftAmount = (
  draft: ResolutionDraft,
  dispute: DisputeDetail,
  caseFile: DisputeCaseFile
) => {
  const max = refundableAmount(caseFile)
  if (draft.kind === "full_refund") {
    return max
  }
  if (
    draft.kind === "partial_refund" &&
    !validateAmount(draft.amount, max, dispute.currency_code)
  ) {
    return Number(draft.amount)
  }
  return null
}

/** Exactly what confirming will do, in the words the prompt shows. */
const describe = (
  draft: ResolutionDraft,
  dispute: DisputeDetail,
  caseFile: DisputeCaseFile
) => {
  const currency = dispute.currency_code
  const template = caseFile.templates.find((t) => t.id === draft.templateId)
  const citing = template ? ` The resolution cites "${template.title}".` : ""
  switch (draft.kind) {
    case "full_refund":
      return `Refund ${formatMoney(refundableAmount(caseFile), currency)} to the customer's original payment and close ${dispute.number} as resolved.${citing}`
    case "partial_refund":
      return `Refund ${formatMoney(Number(draft.amount), currency)} to the customer's original payment and close ${dispute.number} as resolved.${citing}`
    case "reversal":
      return `Approve return request ${caseFile.return_request?.rma_number}${
        caseFile.return_request?.status === "rejected"
          ? ", reversing its rejection,"
          : ""
      } which creates the native return, and close ${dispute.number} as resolved. No money is refunded by this step.${citing}`
    case "rejected":
      return `Close ${dispute.number} as rejected, citing "${template?.title}". No money moves.`
    default:
      return ""
  }
}

const validateDraft = (
  draft: ResolutionDraft,
  dispute: DisputeDetail,
  caseFile: DisputeCaseFile
) => {
  if (!draft.kind) {
    return "Choose how to resolve the dispute"
  }
  if (draft.kind === "partial_refund") {
    return validateAmount(
      draft.amount,
      refundableAmount(caseFile),
      dispute.currency_code
    )
  }
  if (draft.kind === "rejected" && !draft.templateId) {
    return "Choose the policy template the rejection cites"
  }
  return null
}

const kindDisabledReason = (
  kind: DisputeResolutionKind,
  caseFile: DisputeCaseFile
) => {
  if (
    (kind === "full_refund" || kind === "partial_refund") &&
    refundableAmount(caseFile) <= 0
  ) {
    return "nothing left to refund"
  }
  if (kind === "reversal" && !caseFile.return_request) {
    return "no return request"
  }
  // Reversal approves the request: a rejected one (reopened) or one still
  // waiting for review; an approved or closed one has nothing to reverse.
  if (
    kind === "reversal" &&
    !reversibleStatuses.includes(caseFile.return_request?.status ?? "")
  ) {
    return `return request is ${caseFile.return_request?.status}`
  }
  return null
}

const ResolutionSummary = ({ dispute, caseFile }: DisputeCaseProps) => {
  const staffName = useStaffName()
  const template = caseFile.templates.find(
    (t) => t.id === dispute.policy_template_id
  )
  const rows: [string, string][] = [
    [
      "Outcome",
      dispute.resolution_kind ? resolutionLabels[dispute.resolution_kind] : "—",
    ],
    ...(dispute.resolution_amount != null
      ? ([
          [
            "Refunded",
            formatMoney(dispute.resolution_amount, dispute.currency_code),
          ],
        ] as [string, string][])
      : []),
    ...(dispute.policy_template_id
      ? ([["Policy", template?.title ?? dispute.policy_template_id]] as [
          string,
          string,
        ][])
      : []),
    [
      "By",
      dispute.resolved_by
        ? staffName(dispute.resolved_by, dispute.resolved_by)
        : "—",
    ],
    ["At", formatDateTime(dispute.resolved_at)],
    ...(dispute.resolution_note
      ? ([["Note", dispute.resolution_note]] as [string, string][])
      : []),
    [
      "Customer rating",
      dispute.rating == null
        ? "Not rated yet"
        : `${dispute.rating} / 5${dispute.rating_comment ? ` · ${dispute.rating_comment}` : ""}`,
    ],
  ]
  return (
    <div
      className="flex flex-col gap-y-2"
      data-testid="dispute-resolution-summary"
    >
      {rows.map(([label, value]) => (
        <DetailRow
          key={label}
          label={label}
          labelWidth="8rem"
          valueClassName="whitespace-pre-wrap"
        >
          {value}
        </DetailRow>
      ))}
    </div>
  )
}

type ResolutionPanelProps = DisputeCaseProps & {
  draft: ResolutionDraft
  onDraftChange: (draft: ResolutionDraft) => void
}

/**
 * Resolves the dispute, which moves money or reverses a rejection in
 * Medusa, so it only acts after a prompt saying exactly what will happen.
 */
export const ResolutionPanel = ({
  dispute,
  caseFile,
  draft,
  onDraftChange,
}: ResolutionPanelProps) => {
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { mutate, isPending } = useResolveDispute(dispute.id, {
    onSuccess: ({ dispute: resolved }) => {
      toast.success(
        `${resolved.number} ${resolved.status === "rejected" ? "rejected" : "resolved"}`
      )
      setError(null)
      onDraftChange(emptyResolutionDraft)
    },
    // The server's message names the limit (e.g. the refundable maximum).
    onError: (e) => {
      setError(e.message)
      toast.error(e.message)
    },
  })
  const currency = dispute.currency_code
  const max = refundableAmount(caseFile)
  const closed = isClosed(dispute.status)
  const set = (patch: Partial<ResolutionDraft>) => {
    setError(null)
    onDraftChange({ ...draft, ...patch })
  }
  const amountError =
    draft.kind === "partial_refund" && draft.amount !== ""
      ? validateAmount(draft.amount, max, currency)
      : null

  const submit = () => {
    const invalid = validateDraft(draft, dispute, caseFile)
    setError(invalid)
    if (!invalid) {
      setConfirming(true)
    }
  }

  const resolve = () => {
    if (!draft.kind) {
      return
    }
    const body: ResolveDisputeInput = { kind: draft.kind }
    if (draft.kind === "partial_refund") {
      body.amount = Number(draft.amount)
    }
    if (draft.templateId) {
      body.policy_template_id = draft.templateId
    }
    if (draft.note.trim()) {
      body.note = draft.note.trim()
    }
    mutate(body)
  }

  return (
    <Container
      className="flex flex-col gap-y-3 px-6 py-4"
      data-testid="dispute-resolution-panel"
    >
      <Heading level="h2">Resolution</Heading>
      {closed ? (
        <ResolutionSummary dispute={dispute} caseFile={caseFile} />
      ) : (
        <form
          className="flex flex-col gap-y-3"
          // Our messages name the refundable maximum; the browser's don't.
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall">Outcome</Label>
            <OptionSelect
              size="small"
              value={draft.kind}
              onValueChange={(kind) => set({ kind })}
              options={disputeResolutionKinds.map((kind) => {
                const disabledReason = kindDisabledReason(kind, caseFile)
                return {
                  value: kind,
                  label: `${resolutionLabels[kind]}${disabledReason ? ` (${disabledReason})` : ""}`,
                  disabled: !!disabledReason,
                }
              })}
              placeholder="Choose an outcome"
              aria-label="Resolution"
              data-testid="dispute-resolution-kind"
              optionTestId="dispute-resolution-kind"
            />
          </div>
          {draft.kind === "full_refund" && (
            <Text size="small" className="text-ui-fg-subtle">
              Refunds everything still refundable: {formatMoney(max, currency)}.
            </Text>
          )}
          {draft.kind === "partial_refund" && (
            <div className="flex flex-col gap-y-1">
              <Label size="xsmall" htmlFor="dispute-resolution-amount">
                Amount ({currency.toUpperCase()})
              </Label>
              <Input
                id="dispute-resolution-amount"
                size="small"
                type="number"
                inputMode="decimal"
                min={0}
                max={max}
                step={1 / 10 ** currencyDigits(currency)}
                value={draft.amount}
                onChange={(e) => set({ amount: e.target.value })}
                aria-invalid={!!amountError}
                data-testid="dispute-resolution-amount"
              />
              <Text
                size="xsmall"
                className="text-ui-fg-subtle"
                data-testid="dispute-resolution-max"
              >
                Refundable maximum: {formatMoney(max, currency)}
              </Text>
              {amountError && (
                <Text size="xsmall" className="text-ui-fg-error">
                  {amountError}
                </Text>
              )}
            </div>
          )}
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall">
              Policy template
              {draft.kind === "rejected" ? " (required)" : " (optional)"}
            </Label>
            <OptionSelect
              size="small"
              value={draft.templateId || NO_TEMPLATE}
              onValueChange={(value) =>
                set({ templateId: value === NO_TEMPLATE ? "" : value })
              }
              options={[
                { value: NO_TEMPLATE, label: "No template" },
                ...caseFile.templates.map((template) => ({
                  value: template.id,
                  label: template.title,
                })),
              ]}
              aria-label="Policy template for the resolution"
              data-testid="dispute-resolution-template"
            />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" htmlFor="dispute-resolution-note">
              Note to the customer (optional)
            </Label>
            <Textarea
              id="dispute-resolution-note"
              rows={3}
              value={draft.note}
              onChange={(e) => set({ note: e.target.value })}
              aria-describedby="dispute-resolution-note-hint"
              data-testid="dispute-resolution-note"
            />
            <Text
              id="dispute-resolution-note-hint"
              size="xsmall"
              className="text-ui-fg-subtle"
            >
              The customer reads it in the resolution email, below the outcome
              and the amount.
            </Text>
          </div>
          {error && (
            <Text
              size="small"
              className="text-ui-fg-error"
              role="alert"
              data-testid="dispute-resolution-error"
            >
              {error}
            </Text>
          )}
          <Button
            size="small"
            type="submit"
            isLoading={isPending}
            data-testid="dispute-resolve"
          >
            Resolve
          </Button>
        </form>
      )}
      {/* The same prompt usePrompt renders, declared here so the confirm
          button can carry a test id. */}
      <Prompt
        open={confirming}
        onOpenChange={setConfirming}
        variant={draft.kind === "rejected" ? "danger" : "confirmation"}
      >
        <Prompt.Content data-testid="dispute-resolve-prompt">
          <Prompt.Header>
            <Prompt.Title>
              {draft.kind ? resolutionLabels[draft.kind] : "Resolve"}?
            </Prompt.Title>
            <Prompt.Description data-testid="dispute-resolve-description">
              {describe(draft, dispute, caseFile)}
            </Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Cancel</Prompt.Cancel>
            <Prompt.Action
              onClick={resolve}
              data-testid="dispute-resolve-confirm"
            >
              Confirm
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Container>
  )
}
