import { CustomerEmail } from "./components/layout"
import { Cta, Paragraph, Quote } from "./components/parts"
import { excerpt, safeUrl } from "./format"
import { disputeAbout, type DisputeReference } from "./dispute-about"
import { defineTemplate } from "./template"
import type { BaseEmailData } from "./types"

/** Data of the `dispute-staff-reply` email. */
export type DisputeStaffReplyData = BaseEmailData &
  DisputeReference & {
    dispute_number?: string | null
    /** Name the staff member signs with; "our team" when absent. */
    staff_name?: string | null
    /**
     * The reply: with `dispute_url`, an excerpt (the rest is read in the
     * account); without, all of it.
     */
    message: string
    dispute_url?: string | null
  }

/** Sent when staff reply to a customer's dispute. */
export const disputeStaffReply = defineTemplate("dispute-staff-reply", {
  render: (props: DisputeStaffReplyData, s) => {
    const url = safeUrl(props.dispute_url)
    return (
      <CustomerEmail data={props} strings={s} about="dispute">
        <Paragraph>{s.t.intro(props.staff_name)}</Paragraph>
        {url ? (
          <>
            <Quote>{excerpt(props.message)}</Quote>
            <Paragraph>{s.t.reply_hint}</Paragraph>
            <Cta href={url}>{s.t.read_cta}</Cta>
          </>
        ) : (
          // Nowhere to read the rest: the whole message, and no sign-in hint
          // without a link to sign in at.
          <Quote>{props.message.trim()}</Quote>
        )}
      </CustomerEmail>
    )
  },
  subject: (data, s) => s.t.subject(disputeAbout(data, s.common)),
  required: ["store", "message"],
})

/** The `dispute-staff-reply` email as a React Email component. */
export const DisputeStaffReplyEmail = disputeStaffReply.component
