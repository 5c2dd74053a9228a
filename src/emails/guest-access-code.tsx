import { CustomerEmail } from "./components/layout"
import { Code, Paragraph } from "./components/parts"
import { defineTemplate } from "./template"
import type { BaseEmailData } from "./types"

/** Data of the `guest-access-code` email. */
export type GuestAccessCodeData = BaseEmailData & {
  /** The order's number as the customer knows it, e.g. 1042. */
  order_display_id: number | string
  /** The 6-digit one-time code. */
  code: string
  /** How long the code stays valid, in minutes. */
  expires_in_minutes: number
}

const orderLabel = (displayId: number | string) => `#${displayId}`

/**
 * Sent when a guest asks the returns portal for access to an order: the
 * one-time code, to the order's email address.
 */
export const guestAccessCode = defineTemplate("guest-access-code", {
  render: (props: GuestAccessCodeData, s) => (
    <CustomerEmail data={props} strings={s} about="portal">
      <Paragraph>{s.t.intro(orderLabel(props.order_display_id))}</Paragraph>
      <Code>{props.code}</Code>
      <Paragraph>{s.t.expires(String(props.expires_in_minutes))}</Paragraph>
      <Paragraph>{s.t.ignore}</Paragraph>
    </CustomerEmail>
  ),
  subject: (data, s) => s.t.subject(orderLabel(data.order_display_id)),
  required: ["store", "order_display_id", "code", "expires_in_minutes"],
})

/** The `guest-access-code` email as a React Email component. */
export const GuestAccessCodeEmail = guestAccessCode.component
