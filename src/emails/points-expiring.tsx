import { CustomerEmail } from "./components/layout"
import { Cta, Paragraph, PointsParagraph } from "./components/parts"
import { formatDate, formatNumber } from "./format"
import { defineTemplate } from "./template"
import type { BaseEmailData } from "./types"

/** Data of the `points-expiring` email. */
export type PointsExpiringData = BaseEmailData & {
  /** Points that will expire. */
  points: number
  /** ISO date of expiry. */
  expires_at: string
  /** Whole balance, including the expiring points. */
  balance?: number | null
  account_url?: string | null
}

/** Reminder sent before loyalty points expire. */
export const pointsExpiring = defineTemplate("points-expiring", {
  render: (props: PointsExpiringData, s) => {
    const points = formatNumber(props.points, s.locale)
    const date = formatDate(props.expires_at, s.locale, props.time_zone)
    return (
      <CustomerEmail data={props} strings={s} about="loyalty">
        <Paragraph>{s.t.intro(points, date)}</Paragraph>
        <PointsParagraph
          points={props.balance}
          locale={s.locale}
          text={s.t.balance}
        />
        <Cta href={props.account_url ?? props.store.url}>{s.t.cta}</Cta>
      </CustomerEmail>
    )
  },
  subject: (data, s) =>
    s.t.subject(
      formatNumber(data.points, s.locale),
      formatDate(data.expires_at, s.locale, data.time_zone)
    ),
  required: ["store", "points", "expires_at"],
})

/** The `points-expiring` email as a React Email component. */
export const PointsExpiringEmail = pointsExpiring.component
