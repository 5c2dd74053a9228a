import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { DisputeCaseFile, DisputeDetail } from "../../hooks/api/disputes"
import { decisionDetails, formatDateTime } from "../../lib/format"
import {
  customerName,
  DisputeCaseProps,
  evidenceKindLabels,
  formatMoney,
  reasonLabels,
  resolutionLabels,
} from "./format"
import { useStaffName } from "./use-staff-name"

type TimelineEntry = {
  key: string
  at: string
  kind: "message" | "internal" | "system" | "decision" | "evidence"
  title: ReactNode
  body?: ReactNode
}

const entryStyles: Record<TimelineEntry["kind"], string> = {
  message: "bg-ui-bg-base border",
  // Internal notes must never be mistaken for something the customer saw.
  internal: "bg-ui-tag-orange-bg border border-ui-tag-orange-border",
  system: "bg-ui-bg-subtle",
  decision: "bg-ui-tag-blue-bg border border-ui-tag-blue-border",
  evidence: "bg-ui-bg-subtle",
}

/**
 * Messages, decisions and status changes in time order. Status changes come
 * from the dispute's system messages; opening, the return request's
 * decisions, evidence and the resolution come from the case itself.
 */
const buildEntries = (
  dispute: DisputeDetail,
  caseFile: DisputeCaseFile,
  staffName: (id: string | null) => string
): TimelineEntry[] => {
  const customer = customerName(caseFile.customer)
  const currency = dispute.currency_code
  const entries: TimelineEntry[] = [
    {
      key: "opened",
      at: dispute.created_at,
      kind: "system",
      title: `Dispute opened · ${reasonLabels[dispute.reason_category]}`,
    },
  ]

  for (const message of dispute.messages) {
    if (message.author_type === "system") {
      // System messages are one-liners such as a status change.
      entries.push({
        key: `message-${message.id}`,
        at: message.created_at,
        kind: "system",
        title: message.body,
      })
      continue
    }
    const author =
      message.author_type === "customer"
        ? customer
        : staffName(message.author_id)
    entries.push({
      key: `message-${message.id}`,
      at: message.created_at,
      kind: message.internal ? "internal" : "message",
      title: (
        <span className="flex items-center gap-x-2">
          <span>{author}</span>
          {message.internal && (
            <Badge
              size="2xsmall"
              color="orange"
              data-testid="dispute-internal-badge"
            >
              Internal
            </Badge>
          )}
          <span className="text-ui-fg-muted font-normal">
            via {message.channel}
          </span>
        </span>
      ),
      body: message.body,
    })
  }

  for (const decision of caseFile.return_request?.decisions ?? []) {
    entries.push({
      key: `decision-${decision.id}`,
      at: decision.created_at,
      kind: "decision",
      title: `Return request ${caseFile.return_request?.rma_number}: ${decision.outcome} by ${
        decision.decided_by_type === "admin"
          ? staffName(decision.decided_by)
          : decision.decided_by_type
      }`,
      body: decisionDetails(decision) || undefined,
    })
  }

  for (const evidence of dispute.evidence) {
    entries.push({
      key: `evidence-${evidence.id}`,
      at: evidence.created_at,
      kind: "evidence",
      title: `${evidenceKindLabels[evidence.kind]} added by ${
        evidence.uploaded_by_type === "customer"
          ? customer
          : staffName(evidence.uploaded_by)
      }: ${evidence.filename}`,
      body: evidence.description ?? undefined,
    })
  }

  if (caseFile.native_return?.received_at) {
    entries.push({
      key: "native-return-received",
      at: caseFile.native_return.received_at,
      kind: "system",
      title: "Native return received",
    })
  }

  if (dispute.resolved_at && dispute.resolution_kind) {
    const amount =
      dispute.resolution_amount != null
        ? ` · ${formatMoney(dispute.resolution_amount, currency)}`
        : ""
    entries.push({
      key: "resolution",
      at: dispute.resolved_at,
      kind: "decision",
      title: `${dispute.status === "rejected" ? "Rejected" : "Resolved"}: ${
        resolutionLabels[dispute.resolution_kind]
      }${amount} by ${staffName(dispute.resolved_by)}`,
      body: dispute.resolution_note ?? undefined,
    })
  }

  // Same-instant entries keep their insertion order (sort is stable).
  return entries.sort(
    (a, b) => new Date(a.at).getTime() - new Date(b.at).getTime()
  )
}

export const DisputeTimeline = ({ dispute, caseFile }: DisputeCaseProps) => {
  const nameOf = useStaffName()
  const staffName = (id: string | null) => (id ? nameOf(id, "Staff") : "Staff")
  const entries = buildEntries(dispute, caseFile, staffName)

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Timeline</Heading>
      <ol className="flex flex-col gap-y-2" data-testid="dispute-timeline">
        {entries.map((entry) => (
          <li
            key={entry.key}
            className={`${entryStyles[entry.kind]} rounded-md px-3 py-2`}
            data-testid="dispute-timeline-entry"
            data-kind={entry.kind}
          >
            <div className="flex flex-wrap items-center justify-between gap-x-2">
              <Text size="small" leading="compact" weight="plus">
                {entry.title}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted">
                {formatDateTime(entry.at)}
              </Text>
            </div>
            {entry.body && (
              <Text size="small" className="mt-1 whitespace-pre-wrap">
                {entry.body}
              </Text>
            )}
          </li>
        ))}
      </ol>
    </Container>
  )
}
