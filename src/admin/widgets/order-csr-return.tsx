import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, FocusModal, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { CsrReturnForm } from "../components/csr-return/csr-return-form"
import { CsrReturnResult } from "../components/csr-return/csr-return-result"
import type { ReturnRequest } from "../hooks/api/return-requests"

/**
 * "Create return for customer": customer service turns a call, email, chat
 * or visit into an authorized return without leaving the order page.
 */
const OrderCsrReturnWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const [open, setOpen] = useState(false)
  // A new form (new idempotency key, new opened_at) each time it opens.
  const [session, setSession] = useState(0)
  const [created, setCreated] = useState<ReturnRequest | null>(null)

  const openForm = () => {
    setCreated(null)
    setSession((s) => s + 1)
    setOpen(true)
  }

  return (
    <Container className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level="h2">Customer service return</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Enter a return on the customer's behalf, with live policy checks.
        </Text>
      </div>
      <FocusModal open={open} onOpenChange={setOpen}>
        <Button
          size="small"
          variant="secondary"
          onClick={openForm}
          disabled={!order.customer_id}
          data-testid="csr-return-open"
        >
          Create return for customer
        </Button>
        <FocusModal.Content data-testid="csr-return-modal">
          <FocusModal.Header>
            <FocusModal.Title>
              Return for order #{order.display_id}
            </FocusModal.Title>
            <FocusModal.Description className="sr-only">
              Create a return on the customer's behalf
            </FocusModal.Description>
          </FocusModal.Header>
          <FocusModal.Body className="flex justify-center overflow-y-auto px-6 py-8">
            <div className="w-full max-w-[720px]">
              {created ? (
                <CsrReturnResult
                  request={created}
                  onClose={() => setOpen(false)}
                  onChanged={setCreated}
                />
              ) : (
                open && (
                  <CsrReturnForm
                    key={session}
                    order={order}
                    onCreated={setCreated}
                  />
                )
              )}
            </div>
          </FocusModal.Body>
        </FocusModal.Content>
      </FocusModal>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderCsrReturnWidget
