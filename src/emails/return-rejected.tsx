import { ReturnEmail } from "./components/layout"
import { Cta, DateParagraph, Paragraph, Subtitle } from "./components/parts"
import { safeUrl } from "./format"
import { defineTemplate, rmaSubject } from "./template"
import type { BaseEmailData } from "./types"

/** Data of the `return-rejected` email. */
export type ReturnRejectedData = BaseEmailData & {
  rma_number: string
  /** Customer-facing reason for the rejection; a generic one when absent. */
  reason?: string | null
  /** Where the customer can open a dispute; without it they are asked to reply. */
  dispute_url?: string | null
  /** Last day to open a dispute (ISO date). */
  dispute_deadline?: string | null
}

/** Sent when a return request is rejected, with how to dispute it. */
export const returnRejected = defineTemplate("return-rejected", {
  render: (props: ReturnRejectedData, s) => (
    <ReturnEmail
      data={props}
      strings={s}
      details={[[s.common.reason, props.reason || s.t.reason_default]]}
    >
      <Subtitle>{s.t.dispute_heading}</Subtitle>
      <Paragraph>{s.t.dispute_text}</Paragraph>
      <DateParagraph
        date={props.dispute_deadline}
        locale={s.locale}
        timeZone={props.time_zone}
        text={s.t.dispute_deadline}
      />
      {safeUrl(props.dispute_url) ? (
        <Cta href={props.dispute_url}>{s.t.dispute_cta}</Cta>
      ) : (
        <Paragraph>{s.t.dispute_reply}</Paragraph>
      )}
    </ReturnEmail>
  ),
  subject: rmaSubject,
  required: ["store", "rma_number"],
})

/** The `return-rejected` email as a React Email component. */
export const ReturnRejectedEmail = returnRejected.component
