import { CustomerEmail } from "./components/layout"
import {
  Cta,
  DateParagraph,
  Details,
  ItemsSection,
  Paragraph,
  RefundSummary,
  Subtitle,
} from "./components/parts"
import { safeUrl, validEmail } from "./format"
import { defineTemplate, rmaSubject } from "./template"
import type { BaseEmailData, EmailItem, RefundSummaryData } from "./types"

/** Data of the `return-approved` email. */
export type ReturnApprovedData = BaseEmailData & {
  rma_number: string
  items?: EmailItem[] | null
  return_shipping?: {
    method?: string | null
    carrier?: string | null
    /** Prepaid label to print, if the store provides one. */
    label_url?: string | null
    tracking_number?: string | null
    tracking_url?: string | null
    /** Where to send the parcel, on one line or several. */
    address?: string | null
  } | null
  /** Last day to send the items (ISO date). */
  send_by?: string | null
  /** What the customer gets back once the items are received. */
  refund?: RefundSummaryData | null
}

/** Sent when a return is approved, with how and by when to ship it. */
export const returnApproved = defineTemplate("return-approved", {
  render: (props: ReturnApprovedData, s) => {
    const shipping = props.return_shipping ?? {}
    const supportEmail = validEmail(props.store.support_email)
    return (
      <CustomerEmail data={props} strings={s} about="return">
        <Paragraph>{s.t.intro(props.rma_number)}</Paragraph>
        <Subtitle>{s.t.shipping_heading}</Subtitle>
        <Details
          rows={[
            [s.common.rma, props.rma_number],
            [s.t.method, shipping.method],
            [s.t.carrier, shipping.carrier],
            [s.t.tracking_number, shipping.tracking_number],
            [s.t.return_address, shipping.address],
          ]}
        />
        <DateParagraph
          date={props.send_by}
          locale={s.locale}
          timeZone={props.time_zone}
          text={s.t.deadline}
          strong
        />
        {safeUrl(shipping.label_url) ? (
          <Cta href={shipping.label_url}>{s.t.label_cta}</Cta>
        ) : shipping.address ? (
          <Paragraph>{s.t.no_label}</Paragraph>
        ) : supportEmail ? (
          // No label and no address on file: never point at an address the
          // email does not show.
          <Paragraph>{s.t.ask_address(supportEmail)}</Paragraph>
        ) : null}
        <Cta href={shipping.tracking_url}>{s.t.track_cta}</Cta>
        <ItemsSection items={props.items} common={s.common} />
        {props.refund ? (
          <>
            <Subtitle>{s.t.refund_heading}</Subtitle>
            <Paragraph>{s.t.refund_when}</Paragraph>
            <RefundSummary
              refund={props.refund}
              common={s.common}
              locale={s.locale}
            />
          </>
        ) : null}
      </CustomerEmail>
    )
  },
  subject: rmaSubject,
  required: ["store", "rma_number"],
})

/** The `return-approved` email as a React Email component. */
export const ReturnApprovedEmail = returnApproved.component
