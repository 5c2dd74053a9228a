import { CustomerEmail } from "./components/layout"
import { Cta, Details, Paragraph, Subtitle } from "./components/parts"
import { formatDate, safeUrl } from "./format"
import { resolveStrings } from "./i18n"
import type { TemplateDefinition } from "./template"
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
export const ReturnRejectedEmail = (props: ReturnRejectedData) => {
  const s = resolveStrings(props.locale, "return-rejected")
  return (
    <CustomerEmail data={props} strings={s} about="return">
      <Paragraph>{s.t.intro(props.rma_number)}</Paragraph>
      <Details
        rows={[
          [s.common.rma, props.rma_number],
          [s.common.reason, props.reason || s.t.reason_default],
        ]}
      />
      <Subtitle>{s.t.dispute_heading}</Subtitle>
      <Paragraph>{s.t.dispute_text}</Paragraph>
      {props.dispute_deadline ? (
        <Paragraph>
          {s.t.dispute_deadline(
            formatDate(props.dispute_deadline, s.locale, props.time_zone)
          )}
        </Paragraph>
      ) : null}
      {safeUrl(props.dispute_url) ? (
        <Cta href={props.dispute_url}>{s.t.dispute_cta}</Cta>
      ) : (
        <Paragraph>{s.t.dispute_reply}</Paragraph>
      )}
    </CustomerEmail>
  )
}

export const returnRejected: TemplateDefinition<ReturnRejectedData> = {
  component: ReturnRejectedEmail,
  subject: (data) =>
    resolveStrings(data.locale, "return-rejected").t.subject(data.rma_number),
  required: ["store", "rma_number"],
}
