import { Layout } from "./components/layout"
import { Cta, Paragraph, Subtitle, Title } from "./components/parts"
import { Text } from "@react-email/components"
import { formatNumber } from "./format"
import { resolveStrings } from "./i18n"
import type { TemplateDefinition } from "./template"
import type { BaseEmailData } from "./types"

/** Data of the `loyalty-tier-changed` email. */
export type LoyaltyTierChangedData = BaseEmailData & {
  from_tier: string
  to_tier: string
  direction: "up" | "down"
  /** Benefits of the new tier, one short sentence each. */
  benefits: string[]
  points_balance?: number | null
  account_url?: string | null
}

/** Sent when a member moves to another loyalty tier. */
export const LoyaltyTierChangedEmail = (props: LoyaltyTierChangedData) => {
  const s = resolveStrings(props.locale, "loyalty-tier-changed")
  return (
    <Layout
      store={props.store}
      lang={s.lang}
      preview={s.t.preview(props.to_tier)}
      why={s.layout.why_loyalty(props.store.name)}
      strings={s.layout}
    >
      <Title>
        {props.direction === "up" ? s.t.heading_up : s.t.heading_down}
      </Title>
      <Paragraph>{s.layout.greeting(props.customer_name)}</Paragraph>
      <Paragraph>{s.t.change(props.from_tier, props.to_tier)}</Paragraph>
      {props.benefits.length ? (
        <>
          <Subtitle>{s.t.benefits(props.to_tier)}</Subtitle>
          <ul>
            {props.benefits.map((benefit) => (
              <li key={benefit}>
                <Text style={{ margin: "4px 0", fontSize: "14px" }}>
                  {benefit}
                </Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {typeof props.points_balance === "number" ? (
        <Paragraph>
          {s.t.balance(formatNumber(props.points_balance, s.locale))}
        </Paragraph>
      ) : null}
      <Cta href={props.account_url}>{s.t.account_cta}</Cta>
    </Layout>
  )
}

export const loyaltyTierChanged: TemplateDefinition<LoyaltyTierChangedData> = {
  component: LoyaltyTierChangedEmail,
  subject: (data) => {
    const s = resolveStrings(data.locale, "loyalty-tier-changed")
    return data.direction === "up"
      ? s.t.subject_up(data.to_tier)
      : s.t.subject_down(data.to_tier)
  },
  required: ["store", "from_tier", "to_tier", "direction", "benefits"],
}
