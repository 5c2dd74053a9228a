import type { RefundMethod } from "../engine/types"

/** One returned line on the receipt. Amounts in major units. */
export type ReturnReceiptItem = {
  line_item_id: string
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  reason_code: string
  /** The reason code's label, shown to the customer. */
  reason: string
  condition: string | null
  refund_amount: number
}

/**
 * Everything a return authorization receipt shows, for the PDF and for the
 * `csr-receipt` email (`return_request.created` event data carries it).
 */
export type ReturnReceiptData = {
  id: string
  rma_number: string
  order_id: string
  order_display_id: number | null
  customer_id: string
  customer_name: string | null
  customer_email: string | null
  channel: string
  created_by_type: "customer" | "admin"
  created_by: string
  /** The CSR's first and last name, when an admin user with a name created it. */
  csr_name: string | null
  /** ISO timestamp. */
  created_at: string
  status: string
  /** Why the request was approved or sent to review. */
  decision_reasons: string[]
  items: ReturnReceiptItem[]
  refund: {
    currency_code: string
    method: RefundMethod
    items_total: number
    return_shipping_fee: number
    restocking_fee: number
    store_credit_bonus: number
    total: number
  }
  /** Last day to send the items back, YYYY-MM-DD (UTC), inclusive. */
  deadline: string
  return_instructions: string[]
  store: { name: string }
}
