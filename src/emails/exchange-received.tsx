import { ReturnEmail } from "./components/layout"
import { Details, Paragraph } from "./components/parts"
import { defineTemplate, rmaSubject } from "./template"
import type { BaseEmailData } from "./types"
import type { ExchangeEmailLine } from "./exchange-approved"

/** Data of the `exchange-received` email. */
export type ExchangeReceivedData = BaseEmailData & {
  rma_number: string
  lines: ExchangeEmailLine[]
  /** The new item already left (instant exchange, or shipped on receipt). */
  shipped: boolean
}

/** Sent when the old item of an exchange is back at the warehouse. */
export const exchangeReceived = defineTemplate("exchange-received", {
  render: (props: ExchangeReceivedData, s) => (
    <ReturnEmail data={props} strings={s}>
      <Details rows={props.lines.map((l) => [`${l.quantity} ×`, l.title])} />
      <Paragraph>
        {props.shipped ? s.t.already_shipped : s.t.ships_now}
      </Paragraph>
    </ReturnEmail>
  ),
  subject: rmaSubject,
  required: ["store", "rma_number", "lines"],
})

/** The `exchange-received` email as a React Email component. */
export const ExchangeReceivedEmail = exchangeReceived.component
