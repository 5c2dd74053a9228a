import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import type { ReturnRequest } from "../../hooks/api/return-requests"
import { formatDateTime } from "../../lib/format"
import { DecisionTrail } from "./decision-trail"
import { channelLabels, formatMoney } from "./format"
import { RequestDetailDrawer } from "./request-detail-drawer"
import { RequestStatusBadge } from "./status-badge"

type OrderReturnRequestsProps = {
  requests: ReturnRequest[]
  lineTitles: Record<string, string>
}

/**
 * This order's return requests with their decisions; "Open" shows every
 * rule and, while pending review, approve and reject.
 */
export const OrderReturnRequests = ({
  requests,
  lineTitles,
}: OrderReturnRequestsProps) => {
  const [openId, setOpenId] = useState<string | null>(null)

  if (requests.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        No return requests for this order.
      </Text>
    )
  }

  return (
    <>
      <ul className="divide-y">
        {requests.map((request) => {
          const estimate = request.refund_estimate
          const items = request.items
            .map(
              (item) =>
                `${item.quantity} × ${
                  lineTitles[item.line_item_id] ?? item.line_item_id
                } (${item.reason_code})`
            )
            .join(", ")
          return (
            <li key={request.id} className="flex flex-col gap-y-3 px-6 py-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div className="flex flex-wrap items-center gap-2">
                  <Text size="small" leading="compact" weight="plus">
                    {request.rma_number}
                  </Text>
                  <RequestStatusBadge status={request.status} />
                  <Text
                    size="small"
                    leading="compact"
                    className="text-ui-fg-subtle"
                  >
                    {formatDateTime(request.created_at)} ·{" "}
                    {channelLabels[request.channel] ?? request.channel}
                    {estimate &&
                      ` · refund ${formatMoney(
                        estimate.refund_total,
                        estimate.currency_code
                      )}`}
                  </Text>
                </div>
                <Button
                  size="small"
                  variant={
                    request.status === "pending_review"
                      ? "primary"
                      : "secondary"
                  }
                  onClick={() => setOpenId(request.id)}
                >
                  {request.status === "pending_review" ? "Review" : "Open"}
                </Button>
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {items}
              </Text>
              <DecisionTrail
                decisions={request.decisions ?? []}
                lineTitles={lineTitles}
                showRules={false}
              />
            </li>
          )
        })}
      </ul>
      {openId && (
        <RequestDetailDrawer
          key={openId}
          requestId={openId}
          onClose={() => setOpenId(null)}
        />
      )}
    </>
  )
}
