import type { AdminOrderLineItem } from "@medusajs/framework/types"
import { StatusBadge, Table, Text, Tooltip } from "@medusajs/ui"
import type {
  ReturnEligibility,
  ReturnRequest,
} from "../../hooks/api/return-requests"
import { formatDate } from "../../lib/format"

export type OrderLine = Pick<
  AdminOrderLineItem,
  "id" | "title" | "variant_title" | "quantity"
>

type WindowAtRequest = { detail: string; rma: string; at: string }

/**
 * The return-window rule each line got at its latest evaluation. Used only
 * when the eligibility endpoint cannot answer: it is what the server decided
 * then, not a deadline worked out here.
 */
const windowsFromRequests = (requests: ReturnRequest[]) => {
  const byLine: Record<string, WindowAtRequest> = {}
  const newestFirst = [...requests].sort(
    (a, b) =>
      new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  for (const request of newestFirst) {
    for (const decision of request.decisions ?? []) {
      for (const rule of decision.rules ?? []) {
        if (
          rule.rule === "return_window" &&
          rule.line_item_id &&
          !byLine[rule.line_item_id]
        ) {
          byLine[rule.line_item_id] = {
            detail: rule.detail,
            rma: request.rma_number,
            at: decision.created_at,
          }
        }
      }
    }
  }
  return byLine
}

const lineTitle = (line: OrderLine | undefined, fallback: string | null) =>
  line
    ? line.variant_title
      ? `${line.title} (${line.variant_title})`
      : line.title
    : (fallback ?? "Unknown line")

const Deadline = ({
  deadline,
  daysLeft,
}: {
  deadline: string
  daysLeft: number
}) => (
  <div className="flex flex-col">
    <Text size="small" leading="compact">
      {formatDate(`${deadline}T00:00:00Z`)}
    </Text>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {daysLeft > 0
        ? `${daysLeft} day${daysLeft === 1 ? "" : "s"} left`
        : // days_left is 0 both on the last day and after it.
          deadline >= new Date().toISOString().slice(0, 10)
          ? "Last day"
          : "Closed"}
    </Text>
  </div>
)

type OrderReturnLinesProps = {
  lines: OrderLine[]
  eligibility: ReturnEligibility | undefined
  isLoading: boolean
  error: Error | null
  requests: ReturnRequest[]
}

/** Per line: what can still be returned and until when. */
export const OrderReturnLines = ({
  lines,
  eligibility,
  isLoading,
  error,
  requests,
}: OrderReturnLinesProps) => {
  const orderLines = Object.fromEntries(lines.map((l) => [l.id, l]))

  if (isLoading) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Loading return eligibility…
      </Text>
    )
  }

  if (error || !eligibility) {
    const windows = windowsFromRequests(requests)
    return (
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" className="text-ui-fg-error" role="alert">
          Return eligibility is unavailable
          {error ? `: ${error.message}` : ""}
        </Text>
        {Object.keys(windows).length > 0 && (
          <>
            <Text size="small" className="text-ui-fg-subtle">
              Return windows as evaluated on this order&apos;s requests:
            </Text>
            <ul className="flex flex-col gap-y-1">
              {Object.entries(windows).map(([lineId, w]) => (
                <li key={lineId}>
                  <Text size="small" leading="compact">
                    <span className="font-medium">
                      {lineTitle(orderLines[lineId], lineId)}
                    </span>
                    : {w.detail}{" "}
                    <span className="text-ui-fg-subtle">
                      ({w.rma}, {formatDate(w.at)})
                    </span>
                  </Text>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    )
  }

  if (eligibility.lines.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        This order has no returnable lines.
      </Text>
    )
  }

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Item</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Returnable</Table.HeaderCell>
          <Table.HeaderCell>Deadline</Table.HeaderCell>
          <Table.HeaderCell>Eligibility</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {eligibility.lines.map((line) => {
          const ordered =
            line.quantity ?? orderLines[line.line_item_id]?.quantity
          return (
            <Table.Row key={line.line_item_id}>
              <Table.Cell className="truncate" style={{ maxWidth: "14rem" }}>
                {lineTitle(orderLines[line.line_item_id], line.title)}
              </Table.Cell>
              <Table.Cell className="text-right">
                {line.returnable_quantity}
                {ordered != null && (
                  <span className="text-ui-fg-subtle"> of {ordered}</span>
                )}
              </Table.Cell>
              <Table.Cell>
                <Deadline deadline={line.deadline} daysLeft={line.days_left} />
              </Table.Cell>
              <Table.Cell>
                {line.eligible ? (
                  <StatusBadge color="green">Returnable</StatusBadge>
                ) : (
                  <Tooltip content={line.reason ?? "Not returnable"}>
                    <span
                      className="flex flex-col"
                      style={{ maxWidth: "14rem" }}
                    >
                      <StatusBadge color="red">Not returnable</StatusBadge>
                      {line.reason && (
                        <Text
                          size="xsmall"
                          className="text-ui-fg-subtle truncate"
                        >
                          {line.reason}
                        </Text>
                      )}
                    </span>
                  </Tooltip>
                )}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
