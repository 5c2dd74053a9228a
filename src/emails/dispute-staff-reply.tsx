import { Layout } from "./components/layout"
import { Callout, Cta, Paragraph, Title } from "./components/parts"
import { excerpt } from "./format"
import { disputeAbout, type DisputeReference } from "./dispute-about"
import { resolveStrings } from "./i18n"
import type { TemplateDefinition } from "./template"
import type { BaseEmailData } from "./types"

/** Data of the `dispute-staff-reply` email. */
export type DisputeStaffReplyData = BaseEmailData &
  DisputeReference & {
    dispute_number?: string | null
    /** Name the staff member signs with; "our team" when absent. */
    staff_name?: string | null
    /** The reply; only an excerpt is emailed, the rest is read in the account. */
    message: string
    dispute_url?: string | null
  }

/** Sent when staff reply to a customer's dispute. */
export const DisputeStaffReplyEmail = (props: DisputeStaffReplyData) => {
  const s = resolveStrings(props.locale, "dispute-staff-reply")
  return (
    <Layout
      store={props.store}
      lang={s.lang}
      preview={s.t.preview}
      why={s.layout.why_dispute(props.store.name)}
      strings={s.layout}
    >
      <Title>{s.t.heading}</Title>
      <Paragraph>{s.layout.greeting(props.customer_name)}</Paragraph>
      <Paragraph>{s.t.intro(props.staff_name)}</Paragraph>
      <Callout>
        <Paragraph>{excerpt(props.message)}</Paragraph>
      </Callout>
      <Paragraph>{s.t.reply_hint}</Paragraph>
      <Cta href={props.dispute_url}>{s.t.read_cta}</Cta>
    </Layout>
  )
}

export const disputeStaffReply: TemplateDefinition<DisputeStaffReplyData> = {
  component: DisputeStaffReplyEmail,
  subject: (data) => {
    const s = resolveStrings(data.locale, "dispute-staff-reply")
    return s.t.subject(disputeAbout(data, s.common))
  },
  required: ["store", "message"],
}
