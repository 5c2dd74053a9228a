import { ReturnEmail } from "./components/layout"
import { Cta, Details, ItemsSection, Paragraph } from "./components/parts"
import { defineTemplate, rmaSubject } from "./template"
import type { BaseEmailData, EmailItem } from "./types"

/** Data of the `return-in-transit` and `return-delivered` emails. */
export type ReturnTrackingData = BaseEmailData & {
  rma_number: string
  carrier?: string | null
  tracking_number: string
  tracking_url?: string | null
  items?: EmailItem[] | null
  /** The customer's return page. */
  return_url?: string | null
}

/** Sent when the carrier reports the return parcel on its way. */
export const returnInTransit = defineTemplate("return-in-transit", {
  render: (props: ReturnTrackingData, s) => (
    <ReturnEmail data={props} strings={s}>
      <Paragraph>{s.t.intro(props.rma_number)}</Paragraph>
      <Details
        rows={[
          [s.common.rma, props.rma_number],
          [s.t.carrier, props.carrier],
          [s.t.tracking_number, props.tracking_number],
        ]}
      />
      <Cta href={props.tracking_url}>{s.t.track_cta}</Cta>
      <ItemsSection items={props.items} common={s.common} />
      <Paragraph>{s.t.next}</Paragraph>
      <Cta href={props.return_url}>{s.t.view_cta}</Cta>
    </ReturnEmail>
  ),
  subject: rmaSubject,
  required: ["store", "rma_number", "tracking_number"],
})

/** Sent when the carrier delivers the return parcel to the warehouse. */
export const returnDelivered = defineTemplate("return-delivered", {
  render: (props: ReturnTrackingData, s) => (
    <ReturnEmail data={props} strings={s}>
      <Paragraph>{s.t.intro(props.rma_number)}</Paragraph>
      <Details
        rows={[
          [s.common.rma, props.rma_number],
          [s.t.carrier, props.carrier],
          [s.t.tracking_number, props.tracking_number],
        ]}
      />
      <ItemsSection items={props.items} common={s.common} />
      <Paragraph>{s.t.next}</Paragraph>
      <Cta href={props.return_url}>{s.t.view_cta}</Cta>
    </ReturnEmail>
  ),
  subject: rmaSubject,
  required: ["store", "rma_number", "tracking_number"],
})
