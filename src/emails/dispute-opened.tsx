import { CustomerEmail } from "./components/layout"
import {
  Cta,
  DateParagraph,
  Details,
  Paragraph,
  Quote,
} from "./components/parts"
import { excerpt } from "./format"
import {
  disputeAbout,
  disputeReferenceRows,
  type DisputeReference,
} from "./dispute-about"
import { defineTemplate } from "./template"
import type { BaseEmailData } from "./types"

/** Data of the `dispute-opened` email. */
export type DisputeOpenedData = BaseEmailData &
  DisputeReference & {
    /** Human-readable dispute reference. */
    dispute_number?: string | null
    /** The customer's own message; shown shortened. */
    message?: string | null
    dispute_url?: string | null
    /** Date by which staff aim to reply (ISO date). */
    respond_by?: string | null
  }

/** Sent to the customer when their dispute about a return is opened. */
export const disputeOpened = defineTemplate("dispute-opened", {
  render: (props: DisputeOpenedData, s) => (
    <CustomerEmail data={props} strings={s} about="dispute">
      <Paragraph>{s.t.intro(disputeAbout(props, s.common))}</Paragraph>
      <Details
        rows={[
          ...disputeReferenceRows(props, s.common),
          [s.t.dispute, props.dispute_number],
        ]}
      />
      {props.message ? (
        <Quote label={s.t.your_message}>{excerpt(props.message)}</Quote>
      ) : null}
      <DateParagraph
        date={props.respond_by}
        locale={s.locale}
        timeZone={props.time_zone}
        text={s.t.respond_by}
      />
      <Cta href={props.dispute_url}>{s.t.view_cta}</Cta>
    </CustomerEmail>
  ),
  subject: (data, s) => s.t.subject(disputeAbout(data, s.common)),
  required: ["store"],
})

/** The `dispute-opened` email as a React Email component. */
export const DisputeOpenedEmail = disputeOpened.component
