import { CustomerEmail } from "./components/layout"
import { Cta, Details, Paragraph, Quote } from "./components/parts"
import { formatMoney } from "../utils/money"
import {
  disputeAbout,
  disputeReferenceRows,
  type DisputeReference,
} from "./dispute-about"
import { defineTemplate } from "./template"
import type { BaseEmailData, MoneyAmount } from "./types"

/** Data of the `dispute-resolved` email. */
export type DisputeResolvedData = BaseEmailData &
  DisputeReference & {
    dispute_number?: string | null
    outcome?: "accepted" | "partially_accepted" | "declined" | null
    /**
     * What was decided, in words, always with the amount refunded: the
     * email's core, whatever staff add in `note`.
     */
    resolution: string
    /** The amount refunded by the resolution, shown on its own row. */
    refund_amount?: MoneyAmount | null
    /** Currency of `refund_amount`. */
    currency_code?: string | null
    /** Staff's note to the customer, shown as a quote below the resolution. */
    note?: string | null
    /** One-click satisfaction rating link. */
    rating_url?: string | null
  }

/** Sent when a dispute is closed, with the resolution and a rating link. */
export const disputeResolved = defineTemplate("dispute-resolved", {
  render: (props: DisputeResolvedData, s) => {
    const outcome = props.outcome ? s.t[`outcome_${props.outcome}`] : null
    const refunded =
      props.refund_amount != null &&
      Number(props.refund_amount) > 0 &&
      props.currency_code
        ? formatMoney(props.refund_amount, props.currency_code, s.locale)
        : null
    return (
      <CustomerEmail data={props} strings={s} about="dispute">
        <Paragraph>{s.t.intro(disputeAbout(props, s.common))}</Paragraph>
        <Details
          rows={[
            ...disputeReferenceRows(props, s.common),
            [s.t.outcome, outcome],
            [s.t.refunded, refunded],
          ]}
        />
        <Paragraph>
          <strong>{s.t.resolution}:</strong> {props.resolution}
        </Paragraph>
        {props.note?.trim() ? (
          <Quote label={s.t.note}>{props.note.trim()}</Quote>
        ) : null}
        {refunded ? <Paragraph>{s.t.refund_timing}</Paragraph> : null}
        {props.rating_url ? <Paragraph>{s.t.rating_text}</Paragraph> : null}
        <Cta href={props.rating_url}>{s.t.rating_cta}</Cta>
      </CustomerEmail>
    )
  },
  subject: (data, s) => s.t.subject(disputeAbout(data, s.common)),
  required: ["store", "resolution"],
})

/** The `dispute-resolved` email as a React Email component. */
export const DisputeResolvedEmail = disputeResolved.component
