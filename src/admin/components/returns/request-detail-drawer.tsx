import {
  Button,
  Drawer,
  Heading,
  Label,
  Skeleton,
  Table,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { ReactNode, useState } from "react"
import {
  ReturnRequest,
  useApproveReturnRequest,
  useRejectReturnRequest,
  useReturnRequest,
  useReturnRequestOrder,
} from "../../hooks/api/return-requests"
import { formatDateTime } from "../../lib/format"
import { DetailRow } from "../common/detail-row"
import { DecisionTrail } from "./decision-trail"
import { channelLabels, formatAge, formatMoney, humanize } from "./format"
import { RefundBreakdown } from "./refund-breakdown"
import { RequestStatusBadge } from "./status-badge"
import { ReturnShipmentRows } from "./return-shipment-rows"
import { AdminLink } from "../common/links"

// Mirrors AdminRejectReturnRequest / AdminApproveReturnRequest.
const NOTE_MAX = 2000
const REJECT_NOTE_MIN = 3

const Section = ({
  title,
  children,
}: {
  title: string
  children: ReactNode
}) => (
  <section className="flex flex-col gap-y-3">
    <Heading level="h3">{title}</Heading>
    {children}
  </section>
)

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <DetailRow label={label} labelWidth="10rem" valueClassName="text-ui-fg-base">
    {children}
  </DetailRow>
)

const ReviewForm = ({
  request,
  onDone,
}: {
  request: ReturnRequest
  onDone: () => void
}) => {
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const approve = useApproveReturnRequest(request.id, {
    onSuccess: ({ return_request }) => {
      toast.success(`${return_request.rma_number} approved`)
      onDone()
    },
    onError: (e) => setError(e.message),
  })
  const reject = useRejectReturnRequest(request.id, {
    onSuccess: ({ return_request }) => {
      toast.success(`${return_request.rma_number} rejected`)
      onDone()
    },
    onError: (e) => setError(e.message),
  })
  const busy = approve.isPending || reject.isPending
  const tooLong = note.length > NOTE_MAX

  return (
    <div className="flex w-full flex-col gap-y-2">
      <Label htmlFor="return-request-note" size="small">
        Note (required to reject: the customer is told why)
      </Label>
      <Textarea
        id="return-request-note"
        value={note}
        aria-invalid={!!error || tooLong}
        onChange={(e) => {
          setNote(e.target.value)
          setError(null)
        }}
        rows={3}
      />
      {(error || tooLong) && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {tooLong ? `The note is limited to ${NOTE_MAX} characters` : error}
        </Text>
      )}
      <div className="flex items-center justify-end gap-x-2">
        <Button
          size="small"
          variant="danger"
          type="button"
          disabled={busy || tooLong}
          isLoading={reject.isPending}
          onClick={() => {
            if (note.trim().length < REJECT_NOTE_MIN) {
              setError("A note is required to reject: tell the customer why")
              return
            }
            reject.mutate({ note: note.trim() })
          }}
        >
          Reject
        </Button>
        <Button
          size="small"
          type="button"
          disabled={busy || tooLong}
          isLoading={approve.isPending}
          onClick={() =>
            approve.mutate(note.trim() ? { note: note.trim() } : {})
          }
        >
          Approve
        </Button>
      </div>
    </div>
  )
}

const RequestDetail = ({ request }: { request: ReturnRequest }) => {
  const { data: orderData, isError: orderFailed } = useReturnRequestOrder(
    request.order_id
  )
  const order = orderData?.order
  const lineTitles: Record<string, string> = Object.fromEntries(
    (order?.items ?? []).map((item) => [
      item.id,
      item.variant_title ? `${item.title} (${item.variant_title})` : item.title,
    ])
  )
  const currency =
    request.refund_estimate?.currency_code ?? order?.currency_code ?? null
  const customer = order?.customer
  const customerName = [customer?.first_name, customer?.last_name]
    .filter(Boolean)
    .join(" ")
  const email = customer?.email ?? order?.email
  const customerLabel =
    customerName && email
      ? `${customerName} (${email})`
      : customerName || email || request.customer_id

  return (
    <div className="flex flex-col gap-y-6">
      <Section title="Summary">
        <div className="flex flex-col gap-y-2">
          <Row label="Status">
            <RequestStatusBadge status={request.status} />
          </Row>
          <Row label="Order">
            <AdminLink
              to={`/orders/${request.order_id}`}

              data-testid="request-order-link"
            >
              {order?.display_id ? `Order #${order.display_id}` : "Order"}
            </AdminLink>
            {orderFailed && (
              <span className="text-ui-fg-subtle"> (order not readable)</span>
            )}
          </Row>
          <Row label="Customer">
            <AdminLink
              to={`/customers/${request.customer_id}`}

              data-testid="request-customer-link"
            >
              {customerLabel}
            </AdminLink>
            {customer?.phone && (
              <span className="text-ui-fg-subtle"> · {customer.phone}</span>
            )}
          </Row>
          <Row label="Requested">
            {formatDateTime(request.created_at)} (
            {formatAge(request.created_at)} ago)
          </Row>
          <Row label="Channel">
            {channelLabels[request.channel] ?? request.channel}
            {request.created_by_type &&
              ` · by ${request.created_by_type}${
                request.created_by ? ` ${request.created_by}` : ""
              }`}
          </Row>
          <Row label="Policy">
            {request.policy_id ?? "—"}
            {request.policy_version != null && ` · v${request.policy_version}`}
          </Row>
          <Row label="Tier at request">{request.tier_name ?? "No tier"}</Row>
          <Row label="Refund method">
            {request.refund_method === "store_credit"
              ? "Store credit"
              : "Original payment"}
          </Row>
          {request.decided_at && (
            <Row label="Decided">{formatDateTime(request.decided_at)}</Row>
          )}
          {request.return_id && (
            <Row label="Native return">
              {/* Medusa shows a return on its order's page. */}
              <AdminLink
                to={`/orders/${request.order_id}`}

                data-testid="request-return-link"
              >
                {request.return_id}
              </AdminLink>
            </Row>
          )}
          {request.note && <Row label="Note">{request.note}</Row>}
        </div>
      </Section>

      {request.return_shipment && (
        <Section title="Return parcel">
          <ReturnShipmentRows
            shipment={request.return_shipment}
            requestId={request.id}
          />
        </Section>
      )}

      <Section title="Items">
        <div className="overflow-x-auto" data-testid="request-items">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Item</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
                <Table.HeaderCell>Condition</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Fee</Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  Refund
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {request.items.map((item) => (
                <Table.Row key={item.id}>
                  <Table.Cell>
                    <span className="flex flex-col py-2">
                      <span>
                        {lineTitles[item.line_item_id] ?? item.line_item_id}
                      </span>
                      {item.note && (
                        <span className="text-ui-fg-subtle txt-compact-xsmall whitespace-pre-wrap">
                          {item.note}
                        </span>
                      )}
                    </span>
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {item.quantity}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    {item.reason_code}
                  </Table.Cell>
                  <Table.Cell>
                    {item.condition ? humanize(item.condition) : "—"}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right">
                    {formatMoney(item.restocking_fee, currency)}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right">
                    {formatMoney(item.refund_amount, currency)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </Section>

      <Section title="Refund estimate">
        <RefundBreakdown
          estimate={request.refund_estimate}
          storeCredit={request.refund_method === "store_credit"}
        />
      </Section>

      <Section title="Decisions">
        <DecisionTrail decisions={request.decisions} lineTitles={lineTitles} />
      </Section>
    </div>
  )
}

type RequestDetailDrawerProps = {
  requestId: string
  onClose: () => void
}

/**
 * A return request with its audit trail; approve and reject while it is
 * pending review. Mounted while open: closing it unmounts it.
 */
export const RequestDetailDrawer = ({
  requestId,
  onClose,
}: RequestDetailDrawerProps) => {
  const { data, isLoading, isError, error } = useReturnRequest(requestId)
  const request = data?.return_request

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content style={{ maxWidth: "48rem" }}>
        <Drawer.Header>
          <Drawer.Title>
            {request ? `Return ${request.rma_number}` : "Return request"}
          </Drawer.Title>
          <Drawer.Description className="sr-only">
            The request, its refund estimate and every decision on it.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-auto">
          {isLoading ? (
            <div className="flex flex-col gap-y-3">
              <Skeleton className="h-32 w-full" />
              <Skeleton className="h-20 w-full" />
              <Skeleton className="h-32 w-full" />
            </div>
          ) : isError ? (
            <Text className="text-ui-fg-error" role="alert">
              {error.message}
            </Text>
          ) : request ? (
            <RequestDetail request={request} />
          ) : null}
        </Drawer.Body>
        <Drawer.Footer>
          {request?.status === "pending_review" ? (
            <ReviewForm request={request} onDone={onClose} />
          ) : (
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Close
              </Button>
            </Drawer.Close>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
