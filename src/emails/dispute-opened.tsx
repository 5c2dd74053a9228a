import { CustomerEmail } from "./components/layout"
import { Callout, Cta, Details, Paragraph } from "./components/parts"
import { excerpt, formatDate } from "./format"
import { disputeAbout, type DisputeReference } from "./dispute-about"
import { resolveStrings } from "./i18n"
import type { TemplateDefinition } from "./template"
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
export const DisputeOpenedEmail = (props: DisputeOpenedData) => {
  const s = resolveStrings(props.locale, "dispute-opened")
  return (
    <CustomerEmail data={props} strings={s} about="dispute">
      <Paragraph>{s.t.intro(disputeAbout(props, s.common))}</Paragraph>
      <Details
        rows={[
          [s.common.rma, props.rma_number],
          [
            s.common.order,
            props.rma_number || !props.order_display_id
              ? null
              : `#${props.order_display_id}`,
          ],
          [s.t.dispute, props.dispute_number],
        ]}
      />
      {props.message ? (
        <Callout>
          <Paragraph>
            <strong>{s.t.your_message}:</strong> {excerpt(props.message)}
          </Paragraph>
        </Callout>
      ) : null}
      {props.respond_by ? (
        <Paragraph>
          {s.t.respond_by(
            formatDate(props.respond_by, s.locale, props.time_zone)
          )}
        </Paragraph>
      ) : null}
      <Cta href={props.dispute_url}>{s.t.view_cta}</Cta>
    </CustomerEmail>
  )
}

export const disputeOpened: TemplateDefinition<DisputeOpenedData> = {
  component: DisputeOpenedEmail,
  subject: (data) => {
    const s = resolveStrings(data.locale, "dispute-opened")
    return s.t.subject(disputeAbout(data, s.common))
  },
  required: ["store"],
}
