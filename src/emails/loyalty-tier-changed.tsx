import { CustomerEmail } from "./components/layout"
import { Cta, Paragraph, Subtitle } from "./components/parts"
import { Text } from "@react-email/components"
import { formatNumber } from "./format"
import type { ResolvedStrings } from "./i18n"
import { defineTemplate } from "./template"
import type { BaseEmailData } from "./types"

/** Data of the `loyalty-tier-changed` email. */
export type LoyaltyTierChangedData = BaseEmailData & {
  /** The tier left; none for a member's first tier. */
  from_tier?: string | null
  /** The tier reached; none when the member fell below the first tier. */
  to_tier?: string | null
  direction: "up" | "down"
  /** Benefits of the new tier, one short sentence each. */
  benefits: string[]
  /** Points the member can spend now. */
  points_balance?: number | null
  /** Points earned but not spendable yet (their order's return window). */
  points_pending?: number | null
  account_url?: string | null
}

/** The sentence saying what changed, for a first tier, a change or a loss. */
const changeText = (
  data: LoyaltyTierChangedData,
  t: ResolvedStrings<"loyalty-tier-changed">["t"]
): string =>
  data.from_tier && data.to_tier
    ? t.change(data.from_tier, data.to_tier)
    : data.to_tier
      ? t.first_tier(data.to_tier)
      : t.no_tier(data.from_tier ?? "")

/** Sent when a member moves to another loyalty tier. */
export const loyaltyTierChanged = defineTemplate("loyalty-tier-changed", {
  render: (props: LoyaltyTierChangedData, s) => (
    <CustomerEmail
      data={props}
      strings={s}
      heading={props.direction === "up" ? s.t.heading_up : s.t.heading_down}
      about="loyalty"
      preview={changeText(props, s.t)}
    >
      <Paragraph>{changeText(props, s.t)}</Paragraph>
      {props.to_tier && props.benefits.length ? (
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
          {props.points_pending
            ? s.t.balance_with_pending(
                formatNumber(props.points_balance, s.locale),
                formatNumber(props.points_pending, s.locale)
              )
            : s.t.balance(formatNumber(props.points_balance, s.locale))}
        </Paragraph>
      ) : null}
      <Cta href={props.account_url}>{s.t.account_cta}</Cta>
    </CustomerEmail>
  ),
  subject: (data, s) => {
    if (!data.to_tier) {
      return s.t.subject_no_tier
    }
    return data.direction === "up"
      ? s.t.subject_up(data.to_tier)
      : s.t.subject_down(data.to_tier)
  },
  required: ["store", "direction", "benefits"],
})

/** The `loyalty-tier-changed` email as a React Email component. */
export const LoyaltyTierChangedEmail = loyaltyTierChanged.component
