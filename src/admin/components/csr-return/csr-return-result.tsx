import { Badge, Button, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { ReturnRequest } from "../../hooks/api/return-requests"
import { RefundBreakdown } from "../returns/refund-breakdown"
import { ReturnShipmentRows } from "../returns/return-shipment-rows"
import { outcomeLabels } from "./labels"

const receiptUrl = (id: string) =>
  `${(__BACKEND_URL__ ?? "").replace(/\/$/, "")}/admin/return-requests/${id}/receipt`

/** What the CSR tells the customer: the RMA, the decision and why. */
export const CsrReturnResult = ({
  request,
  onClose,
}: {
  request: ReturnRequest
  onClose: () => void
}) => {
  const decision = request.decisions[0]
  const outcome = decision?.outcome ?? "review"
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
            Medusa return created: the warehouse can receive it.
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
      />
      <RefundBreakdown
        estimate={request.refund_estimate}
        storeCredit={request.refund_method === "store_credit"}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button size="small" variant="secondary" asChild>
          <Link
            to={`/orders/${request.order_id}`}
            onClick={onClose}
            data-testid="csr-result-link"
          >
            {request.return_id ? "Open the order's return" : "Open the order"}
          </Link>
        </Button>
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
        <Button size="small" onClick={onClose} data-testid="csr-result-close">
          Done
        </Button>
      </div>
    </div>
  )
}
