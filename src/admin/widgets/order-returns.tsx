import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import {
  OrderLine,
  OrderReturnLines,
} from "../components/returns/order-return-lines"
import { OrderReturnPolicy } from "../components/returns/order-return-policy"
import { OrderReturnRequests } from "../components/returns/order-return-requests"
import {
  useReturnEligibility,
  useReturnRequests,
} from "../hooks/api/return-requests"
import { AdminLink } from "../components/common/links"

// An order rarely has more; past this the Returns page lists them all.
const REQUESTS_LIMIT = 50

const SubHeading = ({ children }: { children: string }) => (
  <div className="px-6 pb-1 pt-4">
    <Heading level="h3">{children}</Heading>
  </div>
)

const OrderReturnsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const eligibility = useReturnEligibility(order.id)
  const requests = useReturnRequests({
    order_id: order.id,
    order: "-created_at",
    limit: REQUESTS_LIMIT,
  })

  const lines: OrderLine[] = (order.items ?? []).map((item) => ({
    id: item.id,
    title: item.title,
    variant_title: item.variant_title,
    quantity: item.quantity,
  }))
  const lineTitles = Object.fromEntries(
    lines.map((l) => [
      l.id,
      l.variant_title ? `${l.title} (${l.variant_title})` : l.title,
    ])
  )
  const requestList = requests.data?.return_requests ?? []
  const pending = requestList.filter((r) => r.status === "pending_review")

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">Returns</Heading>
          {pending.length > 0 && (
            <Badge size="2xsmall" color="orange">
              {pending.length} to review
            </Badge>
          )}
        </div>
        <AdminLink to="/returns?tab=requests" className="txt-compact-small">
          Review queue
        </AdminLink>
      </div>

      <OrderReturnPolicy
        customerId={order.customer_id ?? null}
        eligibility={eligibility.data}
      />

      <div>
        <SubHeading>Lines</SubHeading>
        <OrderReturnLines
          lines={lines}
          eligibility={eligibility.data}
          isLoading={eligibility.isLoading}
          error={eligibility.error}
          requests={requestList}
        />
      </div>

      <div>
        <SubHeading>Requests</SubHeading>
        {requests.isLoading ? (
          <div className="px-6 py-4">
            <Skeleton className="h-12 w-full" />
          </div>
        ) : requests.isError ? (
          <Text
            size="small"
            className="px-6 py-4 text-ui-fg-error"
            role="alert"
          >
            {requests.error.message}
          </Text>
        ) : (
          <>
            <OrderReturnRequests
              requests={requestList}
              lineTitles={lineTitles}
            />
            {(requests.data?.count ?? 0) > requestList.length && (
              <Text size="small" className="text-ui-fg-subtle px-6 py-3">
                Showing the latest {requestList.length} of{" "}
                {requests.data?.count} requests.
              </Text>
            )}
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderReturnsWidget
