import { ReturnEmail } from "./components/layout"
import { Cta, Items, Paragraph, Subtitle } from "./components/parts"
import { defineTemplate, rmaSubject } from "./template"
import type { BaseEmailData, EmailItem } from "./types"

/** Data of the `return-request-received` email. */
export type ReturnRequestReceivedData = BaseEmailData & {
  rma_number: string
  order_display_id?: string | number | null
  items: EmailItem[]
  /**
   * What the customer should do now; when absent, a sentence matching
   * `approved` (already approved by the policy, or waiting for review).
   */
  instructions?: string | null
  /** The request was approved as it was made (no review). */
  approved?: boolean | null
  /** Link to the return in the customer's account. */
  return_url?: string | null
}

/** Sent when a customer's return request is recorded. */
export const returnRequestReceived = defineTemplate("return-request-received", {
  render: (props: ReturnRequestReceivedData, s) => (
    <ReturnEmail
      data={props}
      strings={s}
      details={[
        [
          s.common.order,
          props.order_display_id ? `#${props.order_display_id}` : null,
        ],
      ]}
    >
      <Subtitle>{s.common.items}</Subtitle>
      <Items items={props.items} common={s.common} />
      <Subtitle>{s.t.instructions_heading}</Subtitle>
      <Paragraph>
        {props.instructions ||
          (props.approved
            ? s.t.instructions_approved
            : s.t.instructions_default)}
      </Paragraph>
      <Cta href={props.return_url}>{s.t.view_cta}</Cta>
    </ReturnEmail>
  ),
  subject: rmaSubject,
  required: ["store", "rma_number", "items"],
})

/** The `return-request-received` email as a React Email component. */
export const ReturnRequestReceivedEmail = returnRequestReceived.component
