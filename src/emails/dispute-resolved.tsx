import { Layout } from "./components/layout"
import { Cta, Details, Paragraph, Title } from "./components/parts"
import { disputeAbout, type DisputeReference } from "./dispute-about"
import { resolveStrings } from "./i18n"
import type { TemplateDefinition } from "./template"
import type { BaseEmailData } from "./types"

/** Data of the `dispute-resolved` email. */
export type DisputeResolvedData = BaseEmailData &
  DisputeReference & {
    dispute_number?: string | null
    outcome?: "accepted" | "partially_accepted" | "declined" | null
    /** Customer-facing description of what was decided. */
    resolution: string
    /** One-click satisfaction rating link. */
    rating_url?: string | null
  }

/** Sent when a dispute is closed, with the resolution and a rating link. */
export const DisputeResolvedEmail = (props: DisputeResolvedData) => {
  const s = resolveStrings(props.locale, "dispute-resolved")
  const outcome = props.outcome ? s.t[`outcome_${props.outcome}`] : null
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
          [s.t.outcome, outcome],
        ]}
      />
      <Paragraph>
        <strong>{s.t.resolution}:</strong> {props.resolution}
      </Paragraph>
      {props.rating_url ? <Paragraph>{s.t.rating_text}</Paragraph> : null}
      <Cta href={props.rating_url}>{s.t.rating_cta}</Cta>
    </Layout>
  )
}

export const disputeResolved: TemplateDefinition<DisputeResolvedData> = {
  component: DisputeResolvedEmail,
  subject: (data) => {
    const s = resolveStrings(data.locale, "dispute-resolved")
    return s.t.subject(disputeAbout(data, s.common))
  },
  required: ["store", "resolution"],
}
