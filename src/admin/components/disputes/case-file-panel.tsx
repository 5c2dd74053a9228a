import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { DisputeCaseFile } from "../../hooks/api/disputes"
import { decisionDetails, formatDateTime } from "../../lib/format"
import { DetailRow } from "../common/detail-row"
import {
  customerName,
  DisputeCaseProps,
  formatMoney,
  orderNumber,
} from "./format"
import { AdminLink, ExternalLink } from "../common/links"

const Row = ({ label, value }: { label: string; value: React.ReactNode }) => (
  <DetailRow label={label} labelWidth="9rem">
    {value}
  </DetailRow>
)

const Section = ({
  title,
  children,
  testId,
}: {
  title: string
  children: React.ReactNode
  testId: string
}) => (
  <div className="flex flex-col gap-y-2 px-6 py-4" data-testid={testId}>
    <Text size="small" weight="plus">
      {title}
    </Text>
    {children}
  </div>
)

const CustomerSection = ({
  customer,
}: {
  customer: NonNullable<DisputeCaseFile["customer"]>
}) => (
  <Section title="Customer" testId="dispute-case-customer">
    <div className="flex items-center gap-x-2">
      <AdminLink
        to={`/customers/${customer.id}`}
        className="txt-compact-small-plus"
      >
        {customerName(customer)}
      </AdminLink>
      {customer.tier && <Badge size="2xsmall">{customer.tier.name}</Badge>}
    </div>
    <Row label="Email" value={customer.email} />
    <Row label="Returns" value={customer.history.returns} />
    <Row label="Disputes" value={customer.history.disputes} />
  </Section>
)

const OrderSection = ({
  order,
  currency,
}: {
  order: NonNullable<DisputeCaseFile["order"]>
  currency: string
}) => (
  <Section title={`Order ${orderNumber(order)}`} testId="dispute-case-order">
    <AdminLink to={`/orders/${order.id}`} className="txt-compact-small">
      Open the order
    </AdminLink>
    <ul className="flex flex-col gap-y-2">
      {order.items.map((item) => (
        <li key={item.id} className="flex items-center gap-x-3">
          {item.thumbnail ? (
            <img
              src={item.thumbnail}
              alt=""
              className="h-8 w-8 shrink-0 rounded object-cover"
            />
          ) : (
            <div className="bg-ui-bg-component h-8 w-8 shrink-0 rounded" />
          )}
          <Text size="small" leading="compact" className="flex-1 truncate">
            {item.title}
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {item.quantity} × {formatMoney(item.unit_price, currency)}
          </Text>
          <Text size="small" leading="compact" className="w-24 text-right">
            {formatMoney(item.total, currency)}
          </Text>
        </li>
      ))}
    </ul>
    <div className="flex flex-col gap-y-1 border-t pt-2">
      <Row label="Placed" value={formatDateTime(order.created_at)} />
      <Row label="Items" value={formatMoney(order.item_total, currency)} />
      <Row label="Order total" value={formatMoney(order.total, currency)} />
      <Row
        label="Refunded"
        value={formatMoney(order.refunded_total, currency)}
      />
      <Row
        label="Still refundable"
        value={
          <span data-testid="dispute-case-refundable">
            {formatMoney(order.refundable_amount, currency)}
          </span>
        }
      />
    </div>
  </Section>
)

const FulfillmentsSection = ({
  fulfillments,
}: {
  fulfillments: NonNullable<DisputeCaseFile["order"]>["fulfillments"]
}) => (
  <Section title="Fulfillments" testId="dispute-case-fulfillments">
    {fulfillments.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle">
        Not fulfilled.
      </Text>
    ) : (
      fulfillments.map((fulfillment) => (
        <div key={fulfillment.id} className="flex flex-col gap-y-1">
          <Row label="Shipped" value={formatDateTime(fulfillment.shipped_at)} />
          <Row
            label="Delivered"
            value={formatDateTime(fulfillment.delivered_at)}
          />
          <Row
            label="Tracking"
            value={
              fulfillment.labels.length === 0
                ? "—"
                : fulfillment.labels.map((label, i) => (
                    <span
                      key={`${label.tracking_number}-${i}`}
                      className="block"
                    >
                      {label.tracking_url ? (
                        <ExternalLink href={label.tracking_url}>
                          {label.tracking_number}
                        </ExternalLink>
                      ) : (
                        label.tracking_number
                      )}
                    </span>
                  ))
            }
          />
        </div>
      ))
    )}
  </Section>
)

const ReturnRequestSection = ({
  request,
  currency,
  itemTitles,
}: {
  request: NonNullable<DisputeCaseFile["return_request"]>
  currency: string
  itemTitles: Map<string, string>
}) => (
  <Section
    title={`Return request ${request.rma_number}`}
    testId="dispute-case-return-request"
  >
    <Row
      label="Status"
      value={<Badge size="2xsmall">{request.status}</Badge>}
    />
    <Row label="Channel" value={request.channel} />
    <Row label="Refund to" value={request.refund_method.replace("_", " ")} />
    <Row label="Requested" value={formatDateTime(request.created_at)} />
    {request.note && <Row label="Note" value={request.note} />}
    <ul className="flex flex-col gap-y-1">
      {request.items.map((item) => (
        <li key={item.id}>
          <Text size="small" leading="compact">
            {item.quantity} ×{" "}
            {itemTitles.get(item.line_item_id) ?? item.line_item_id} ·{" "}
            {item.reason_code}
            {item.condition ? ` · ${item.condition}` : ""} ·{" "}
            {formatMoney(item.refund_amount, currency)}
          </Text>
          {item.note && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {item.note}
            </Text>
          )}
        </li>
      ))}
    </ul>
    <div className="flex flex-col gap-y-1 border-t pt-2">
      <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
        Decisions
      </Text>
      {request.decisions.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          None yet.
        </Text>
      ) : (
        [...request.decisions]
          .sort((a, b) => a.created_at.localeCompare(b.created_at))
          .map((decision) => (
            <div key={decision.id}>
              <Text size="small" leading="compact">
                <span className="font-medium">{decision.outcome}</span> by{" "}
                {decision.decided_by_type} ·{" "}
                {formatDateTime(decision.created_at)}
              </Text>
              {decisionDetails(decision) && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {decisionDetails(decision)}
                </Text>
              )}
            </div>
          ))
      )}
    </div>
  </Section>
)

const NativeReturnSection = ({
  nativeReturn,
  currency,
}: {
  nativeReturn: NonNullable<DisputeCaseFile["native_return"]>
  currency: string
}) => (
  <Section title="Native return" testId="dispute-case-native-return">
    <Row
      label="Status"
      value={<Badge size="2xsmall">{nativeReturn.status}</Badge>}
    />
    <Row
      label="Refund"
      value={formatMoney(nativeReturn.refund_amount, currency)}
    />
    <Row label="Received" value={formatDateTime(nativeReturn.received_at)} />
  </Section>
)

/** Everything the case rests on, from the one detail call. */
export const CaseFilePanel = ({ dispute, caseFile }: DisputeCaseProps) => {
  const currency = caseFile.order?.currency_code ?? dispute.currency_code
  const order = caseFile.order
  return (
    <Container className="divide-y p-0" data-testid="dispute-case-file">
      <div className="px-6 py-4">
        <Heading level="h2">Case file</Heading>
      </div>
      {caseFile.customer ? (
        <CustomerSection customer={caseFile.customer} />
      ) : (
        <Section title="Customer" testId="dispute-case-customer">
          <Text size="small" className="text-ui-fg-subtle">
            The customer no longer exists ({dispute.customer_id}).
          </Text>
        </Section>
      )}
      {order ? (
        <>
          <OrderSection order={order} currency={currency} />
          <FulfillmentsSection fulfillments={order.fulfillments} />
        </>
      ) : (
        <Section title="Order" testId="dispute-case-order">
          <Text size="small" className="text-ui-fg-subtle">
            The order no longer exists ({dispute.order_id}).
          </Text>
        </Section>
      )}
      {caseFile.return_request ? (
        <ReturnRequestSection
          request={caseFile.return_request}
          currency={currency}
          itemTitles={
            new Map((order?.items ?? []).map((item) => [item.id, item.title]))
          }
        />
      ) : (
        <Section title="Return request" testId="dispute-case-return-request">
          <Text size="small" className="text-ui-fg-subtle">
            The dispute is on the order, without a return request.
          </Text>
        </Section>
      )}
      {caseFile.native_return && (
        <NativeReturnSection
          nativeReturn={caseFile.native_return}
          currency={currency}
        />
      )}
    </Container>
  )
}
