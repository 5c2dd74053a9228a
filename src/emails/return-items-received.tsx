import { ReturnEmail } from "./components/layout"
import { Items, Paragraph, Subtitle } from "./components/parts"
import { defineTemplate, rmaSubject } from "./template"
import type { BaseEmailData, EmailItem } from "./types"

/** Result of inspecting one returned line. */
export type InspectedItem = EmailItem & {
  result: "accepted" | "rejected" | "partial"
  /** For `partial`: how many of `quantity` were accepted. */
  accepted_quantity?: number | null
  /** Customer-facing inspection note. */
  note?: string | null
}

/** Data of the `return-items-received` email. */
export type ReturnItemsReceivedData = BaseEmailData & {
  rma_number: string
  items: InspectedItem[]
}

/** Sent when the warehouse has received and inspected the returned items. */
export const returnItemsReceived = defineTemplate("return-items-received", {
  render: (props: ReturnItemsReceivedData, s) => {
    const resultLabel = (item: InspectedItem) => {
      switch (item.result) {
        case "accepted":
          return s.t.result_accepted
        case "rejected":
          return s.t.result_rejected
        default:
          return s.t.result_partial(item.accepted_quantity ?? 0, item.quantity)
      }
    }
    return (
      <ReturnEmail data={props} strings={s}>
        <Subtitle>{s.t.result}</Subtitle>
        <Items
          items={props.items}
          common={s.common}
          extra={(item) => (
            <>
              {resultLabel(item)}
              {item.note ? ` · ${s.t.note}: ${item.note}` : ""}
            </>
          )}
        />
        <Paragraph>{s.t.next}</Paragraph>
      </ReturnEmail>
    )
  },
  subject: rmaSubject,
  required: ["store", "rma_number", "items"],
})

/** The `return-items-received` email as a React Email component. */
export const ReturnItemsReceivedEmail = returnItemsReceived.component
