import { CustomerEmail } from "./components/layout"
import { Details, Items, Paragraph, Subtitle } from "./components/parts"
import { formatDate } from "./format"
import { resolveStrings } from "./i18n"
import type { TemplateDefinition } from "./template"
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
export const ReturnPendingReviewEmail = (props: ReturnPendingReviewData) => {
  const s = resolveStrings(props.locale, "return-pending-review")
  return (
    <CustomerEmail data={props} strings={s} about="return">
      <Paragraph>{s.t.intro(props.rma_number)}</Paragraph>
      <Details
        rows={[
          [s.common.rma, props.rma_number],
          [s.t.reason, props.reason],
        ]}
      />
      {props.review_by ? (
        <Paragraph>
          {s.t.review_by(
            formatDate(props.review_by, s.locale, props.time_zone)
          )}
        </Paragraph>
      ) : null}
      <Paragraph>{s.t.no_action}</Paragraph>
      {props.items?.length ? (
        <>
          <Subtitle>{s.common.items}</Subtitle>
          <Items items={props.items} common={s.common} />
        </>
      ) : null}
    </CustomerEmail>
  )
}

export const returnPendingReview: TemplateDefinition<ReturnPendingReviewData> =
  {
    component: ReturnPendingReviewEmail,
    subject: (data) =>
      resolveStrings(data.locale, "return-pending-review").t.subject(
        data.rma_number
      ),
    required: ["store", "rma_number"],
  }
