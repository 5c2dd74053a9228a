import { CustomerEmail } from "./components/layout"
import {
  Code,
  Cta,
  Details,
  Paragraph,
  PointsParagraph,
} from "./components/parts"
import { formatMoney } from "../utils/money"
import { formatDate } from "./format"
import { defineTemplate } from "./template"
import type { BaseEmailData, MoneyAmount } from "./types"

/** Data of the `reward-redeemed` email. */
export type RewardRedeemedData = BaseEmailData & {
  reward_name: string
  /** Discount or gift card code to use at checkout. */
  code: string
  /** Monetary value of the reward, if it has one. */
  value?: { amount: MoneyAmount; currency_code: string } | null
  points_spent?: number | null
  /** ISO date after which the code stops working; none means it never expires. */
  expires_at?: string | null
  shop_url?: string | null
}

/** Sent when a member redeems points for a reward. */
export const rewardRedeemed = defineTemplate("reward-redeemed", {
  render: (props: RewardRedeemedData, s) => (
    <CustomerEmail data={props} strings={s} about="loyalty">
      <Paragraph>{s.t.intro(props.reward_name)}</Paragraph>
      <Code>{props.code}</Code>
      <Details
        rows={[
          [
            s.t.value,
            props.value
              ? formatMoney(
                  props.value.amount,
                  props.value.currency_code,
                  s.locale
                )
              : null,
          ],
        ]}
      />
      <Paragraph>
        {props.expires_at
          ? s.t.expires(formatDate(props.expires_at, s.locale, props.time_zone))
          : s.t.no_expiry}
      </Paragraph>
      <PointsParagraph
        points={props.points_spent}
        locale={s.locale}
        text={s.t.points_spent}
      />
      <Cta href={props.shop_url ?? props.store.url}>{s.t.shop_cta}</Cta>
    </CustomerEmail>
  ),
  subject: (data, s) => s.t.subject(data.reward_name),
  required: ["store", "reward_name", "code"],
})

/** The `reward-redeemed` email as a React Email component. */
export const RewardRedeemedEmail = rewardRedeemed.component
