import { ReturnEmail } from "./components/layout"
import { Cta, Details, Paragraph } from "./components/parts"
import { defineTemplate, rmaSubject } from "./template"
import type { BaseEmailData } from "./types"
import type { ExchangeEmailLine } from "./exchange-approved"

/** Data of the `exchange-shipped` email. */
export type ExchangeShippedData = BaseEmailData & {
  rma_number: string
  lines: ExchangeEmailLine[]
  /** From the shipment's labels, when the carrier gave any. */
  tracking: { tracking_number: string; tracking_url?: string | null }[]
}

/** Sent when the new item of an exchange ships. */
export const exchangeShipped = defineTemplate("exchange-shipped", {
  render: (props: ExchangeShippedData, s) => (
    <ReturnEmail data={props} strings={s}>
      <Details
        rows={props.lines.map((l) => [
          `${l.quantity} ×`,
          `${l.product_title} ${l.variant_title}`,
        ])}
      />
      {props.tracking.length ? (
        <>
          <Details
            rows={props.tracking.map((t) => [
              s.t.tracking_number,
              t.tracking_number,
            ])}
          />
          <Cta href={props.tracking[0].tracking_url}>{s.t.track_cta}</Cta>
        </>
      ) : (
        <Paragraph>{s.t.no_tracking}</Paragraph>
      )}
    </ReturnEmail>
  ),
  subject: rmaSubject,
  required: ["store", "rma_number", "lines", "tracking"],
})

/** The `exchange-shipped` email as a React Email component. */
export const ExchangeShippedEmail = exchangeShipped.component
