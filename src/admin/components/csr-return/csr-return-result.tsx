import { Badge, Button, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { ReturnRequestExchange } from "../../hooks/api/csr-returns"
import type { ReturnRequest } from "../../hooks/api/return-requests"
import { formatDate, formatMoney } from "../../lib/format"
import { RefundBreakdown } from "../returns/refund-breakdown"
import { ReturnShipmentRows } from "../returns/return-shipment-rows"
import { ExchangeFigures, shippingText } from "./exchange-figures"
import { outcomeLabels } from "./labels"

const receiptUrl = (id: string) =>
  `${(__BACKEND_URL__ ?? "").replace(/\/$/, "")}/admin/return-requests/${id}/receipt`

/** How the difference of an exchange is settled, in the CSR's words. */
const settlementText = (exchange: ReturnRequestExchange) => {
  const difference = exchange.settled_difference ?? exchange.difference
  const money = formatMoney(Math.abs(difference), exchange.currency_code)
  if (!exchange.exchange_id) {
    return "The exchange is made when a reviewer approves the request."
  }
  if (difference > 0) {
    return `Payment due: the customer pays ${money} through the order's payment collection.`
  }
  if (difference < 0) {
    return exchange.refunded > 0
      ? `${formatMoney(exchange.refunded, exchange.currency_code)} refunded to the original payment.`
      : `${money} goes back to the original payment once the old item is received.`
  }
  return "Nothing to pay and nothing to refund."
}

/**
 * What the CSR tells the customer: the RMA, the decision and why, the
 * return label (and a pickup to book while still on the phone), and for
 * an exchange the new variant, the difference and whether a payment is due.
 */
export const CsrReturnResult = ({
  request,
  onClose,
  onChanged,
}: {
  request: ReturnRequest
  onClose: () => void
  /** The request once changed here (the pickup booked while on the phone). */
  onChanged?: (request: ReturnRequest) => void
}) => {
  const decision = request.decisions[0]
  const outcome = decision?.outcome ?? "review"
  const metadata = request.metadata as Record<string, unknown> | null
  const exchange =
    (metadata?.exchange as ReturnRequestExchange | undefined) ?? null
  // The receipt route serves what is stored; exchange requests store none.
  const hasReceipt = !!metadata?.receipt_file_id
  const why = decision?.override
    ? [`Override by customer service: ${decision.override.justification}`]
    : decision?.reasons?.length
      ? decision.reasons
      : ["Within the return policy."]
  return (
    <div className="flex flex-col gap-y-4" data-testid="csr-result">
      <div className="flex flex-col gap-y-1">
        <Text size="small" className="text-ui-fg-subtle">
          Return authorization
        </Text>
        <Heading level="h2" data-testid="csr-result-rma">
          {request.rma_number}
        </Heading>
      </div>
      <div className="flex items-center gap-x-2">
        <Badge
          color={outcome === "auto_approve" ? "green" : "orange"}
          data-testid="csr-result-decision"
        >
          {outcomeLabels[outcome] ?? outcome}
        </Badge>
        {request.return_id && (
          <Text size="small" className="text-ui-fg-subtle">
            {exchange
              ? "Medusa exchange created: the warehouse can receive the old item."
              : "Medusa return created: the warehouse can receive it."}
          </Text>
        )}
      </div>
      <ul
        className="text-ui-fg-subtle txt-small pl-5"
        style={{ listStyleType: "disc" }}
        data-testid="csr-result-reasons"
      >
        {why.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <ReturnShipmentRows
        shipment={request.return_shipment}
        labelWidth="6rem"
        requestId={request.id}
        onChanged={onChanged}
      />
      {exchange ? (
        <div
          className="flex flex-col gap-y-3 rounded-lg border px-4 py-3"
          data-testid="csr-result-exchange"
        >
          <Heading level="h3">Exchange</Heading>
          <ExchangeFigures plan={exchange} />
          <Text size="small" weight="plus" data-testid="csr-result-settlement">
            {settlementText(exchange)}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {shippingText(exchange)}
            {exchange.return_due_at
              ? ` Due back by ${formatDate(exchange.return_due_at)}.`
              : ""}
          </Text>
          {exchange.exchange_id && (
            <Text
              size="small"
              className="text-ui-fg-subtle"
              data-testid="csr-result-exchange-id"
            >
              Medusa exchange {exchange.exchange_id}
            </Text>
          )}
        </div>
      ) : (
        <RefundBreakdown
          estimate={request.refund_estimate}
          storeCredit={request.refund_method === "store_credit"}
        />
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button size="small" variant="secondary" asChild>
          <Link
            to={`/orders/${request.order_id}`}
            onClick={onClose}
            data-testid="csr-result-link"
          >
            {exchange?.exchange_id
              ? "Open the order's exchange"
              : request.return_id
                ? "Open the order's return"
                : "Open the order"}
          </Link>
        </Button>
        {hasReceipt && (
          <Button size="small" variant="secondary" asChild>
            <a
              href={receiptUrl(request.id)}
              target="_blank"
              rel="noreferrer"
              data-testid="csr-result-receipt"
            >
              Download receipt (PDF)
            </a>
          </Button>
        )}
        <Button size="small" onClick={onClose} data-testid="csr-result-close">
          Done
        </Button>
      </div>
    </div>
  )
}
