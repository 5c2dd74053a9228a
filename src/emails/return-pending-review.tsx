import { ReturnEmail } from "./components/layout"
import { DateParagraph, ItemsSection, Paragraph } from "./components/parts"
import { defineTemplate, rmaSubject } from "./template"
import type { BaseEmailData, EmailItem } from "./types"

/** Data of the `return-pending-review` email. */
export type ReturnPendingReviewData = BaseEmailData & {
  rma_number: string
  items?: EmailItem[] | null
  /** Customer-facing reason the request needs a manual review. */
  reason?: string | null
  /** Date by which the customer will get an answer (ISO date). */
  review_by?: string | null
}

/** Sent when a return request needs a staff review before approval. */
export const returnPendingReview = defineTemplate("return-pending-review", {
  render: (props: ReturnPendingReviewData, s) => (
    <ReturnEmail
      data={props}
      strings={s}
      details={[[s.t.reason, props.reason]]}
    >
      <DateParagraph
        date={props.review_by}
        locale={s.locale}
        timeZone={props.time_zone}
        text={s.t.review_by}
      />
      <Paragraph>{s.t.no_action}</Paragraph>
      <ItemsSection items={props.items} common={s.common} />
    </ReturnEmail>
  ),
  subject: rmaSubject,
  required: ["store", "rma_number"],
})

/** The `return-pending-review` email as a React Email component. */
export const ReturnPendingReviewEmail = returnPendingReview.component
