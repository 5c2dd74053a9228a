import {
  Button,
  Column,
  Heading,
  Row,
  Section,
  Text,
} from "@react-email/components"
import type { ReactNode } from "react"
import { formatDate, formatNumber, safeUrl } from "../format"
import { formatMoney } from "../../utils/money"
import { refundMethodLabel, type Dictionary } from "../i18n"
import type { EmailItem, MoneyAmount, RefundSummaryData } from "../types"

const styles = {
  heading: {
    color: "#18181b",
    fontSize: "22px",
    fontWeight: 600,
    margin: "24px 0 16px",
  },
  subheading: {
    color: "#18181b",
    fontSize: "16px",
    fontWeight: 600,
    margin: "24px 0 8px",
  },
  paragraph: {
    color: "#3f3f46",
    fontSize: "14px",
    lineHeight: "22px",
    margin: "8px 0",
  },
  label: { color: "#71717a", fontSize: "13px", margin: "4px 0" },
  value: {
    color: "#18181b",
    fontSize: "14px",
    fontWeight: 600,
    margin: "4px 0",
  },
  itemTitle: { color: "#18181b", fontSize: "14px", margin: "4px 0" },
  itemMeta: { color: "#71717a", fontSize: "12px", margin: "0 0 4px" },
  row: { borderBottom: "1px solid #f4f4f5" },
  button: {
    backgroundColor: "#18181b",
    borderRadius: "6px",
    color: "#ffffff",
    fontSize: "14px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  callout: {
    backgroundColor: "#f4f4f5",
    borderRadius: "6px",
    margin: "16px 0",
    padding: "12px 16px",
  },
  code: {
    color: "#18181b",
    fontFamily: "'SFMono-Regular', Menlo, Consolas, monospace",
    fontSize: "22px",
    fontWeight: 700,
    letterSpacing: "2px",
    margin: 0,
    textAlign: "center" as const,
  },
} as const

/** Main title of an email. */
export const Title = ({ children }: { children: ReactNode }) => (
  <Heading as="h1" style={styles.heading}>
    {children}
  </Heading>
)

/** Section title inside an email. */
export const Subtitle = ({ children }: { children: ReactNode }) => (
  <Heading as="h2" style={styles.subheading}>
    {children}
  </Heading>
)

/** A paragraph of body text. */
export const Paragraph = ({ children }: { children: ReactNode }) => (
  <Text style={styles.paragraph}>{children}</Text>
)

/** A call-to-action button; renders nothing unless `href` is an http(s) URL. */
export const Cta = ({
  href,
  children,
}: {
  href?: string | null
  children: ReactNode
}) => {
  const url = safeUrl(href)
  if (!url) {
    return null
  }
  return (
    <Section style={{ margin: "24px 0" }}>
      <Button href={url} style={styles.button}>
        {children}
      </Button>
    </Section>
  )
}

/** A grey box, e.g. for a quoted message or a reward code. */
export const Callout = ({ children }: { children: ReactNode }) => (
  <Section style={styles.callout}>{children}</Section>
)

/**
 * A quoted message in a grey box, after its label when it has one (e.g.
 * "Your message: …").
 */
export const Quote = ({
  label,
  children,
}: {
  label?: string
  children: ReactNode
}) => (
  <Callout>
    <Paragraph>
      {label ? (
        <>
          <strong>{label}:</strong> {children}
        </>
      ) : (
        children
      )}
    </Paragraph>
  </Callout>
)

/**
 * A sentence about a date (a deadline, a reply-by date), the date written
 * in the reader's locale and time zone; nothing without the date.
 */
export const DateParagraph = ({
  date,
  locale,
  timeZone,
  text,
  strong,
}: {
  date?: string | null
  locale: string
  timeZone?: string | null
  text: (date: string) => ReactNode
  /** Bold, for a deadline the customer must not miss. */
  strong?: boolean
}) => {
  if (!date) {
    return null
  }
  const sentence = text(formatDate(date, locale, timeZone))
  return (
    <Paragraph>{strong ? <strong>{sentence}</strong> : sentence}</Paragraph>
  )
}

/**
 * A sentence about a number of points, the number written in the reader's
 * locale; nothing without the number (zero is a number).
 */
export const PointsParagraph = ({
  points,
  locale,
  text,
}: {
  points?: number | null
  locale: string
  text: (points: string) => ReactNode
}) =>
  typeof points === "number" ? (
    <Paragraph>{text(formatNumber(points, locale))}</Paragraph>
  ) : null

/** A reward or discount code, large and monospaced. */
export const Code = ({ children }: { children: ReactNode }) => (
  <Callout>
    <Text style={styles.code}>{children}</Text>
  </Callout>
)

/** A `label: value` row; rows with an empty value are skipped. */
export type Detail = [label: string, value: ReactNode | null | undefined]

/** Label/value pairs, one per row. */
export const Details = ({ rows }: { rows: Detail[] }) => (
  <Section>
    {rows
      .filter(
        ([, value]) => value !== null && value !== undefined && value !== ""
      )
      .map(([label, value]) => (
        <Row key={label}>
          <Column>
            <Text style={styles.label}>{label}</Text>
          </Column>
          <Column align="right">
            <Text style={styles.value}>{value}</Text>
          </Column>
        </Row>
      ))}
  </Section>
)

/**
 * A refund line by line: the items, the fees as deductions, the store
 * credit bonus when there is one, the total and how it is paid back.
 */
export const RefundSummary = ({
  refund,
  common,
  locale,
}: {
  refund: RefundSummaryData
  common: Dictionary["common"]
  locale: string
}) => {
  const money = (value: MoneyAmount) =>
    formatMoney(value, refund.currency_code, locale)
  const deduction = (value?: MoneyAmount | null) =>
    value && Number(value) !== 0 ? money(-Math.abs(Number(value))) : null
  const bonus = Number(refund.store_credit_bonus ?? 0)
  const credited =
    refund.credited_total != null
      ? Number(refund.credited_total)
      : Number(refund.total) + bonus
  return (
    <Details
      rows={[
        [common.refund_items_total, money(refund.items_total)],
        [common.refund_shipping_fee, deduction(refund.return_shipping_fee)],
        [common.refund_restocking_fee, deduction(refund.restocking_fee)],
        // With a bonus, the refund and the bonus, then what is credited.
        [common.refund_subtotal, bonus > 0 ? money(refund.total) : null],
        [common.refund_bonus, bonus > 0 ? money(bonus) : null],
        [
          refund.method === "store_credit"
            ? common.refund_total_credit
            : common.refund_total,
          money(credited),
        ],
        [common.refund_method, refundMethodLabel(refund.method, common)],
      ]}
    />
  )
}

/**
 * Items of a return under their "Items" heading, when there are any (see
 * {@link Items}).
 */
export const ItemsSection = <T extends EmailItem>({
  items,
  common,
}: {
  items?: T[] | null
  common: Dictionary["common"]
}) =>
  items?.length ? (
    <>
      <Subtitle>{common.items}</Subtitle>
      <Items items={items} common={common} />
    </>
  ) : null

/**
 * Items of a return: title, variant, quantity and reason, with an optional
 * extra column (inspection result, refund amount) on the right.
 */
export const Items = <T extends EmailItem>({
  items,
  common,
  extra,
}: {
  items: T[]
  common: Dictionary["common"]
  extra?: (item: T) => ReactNode
}) => (
  <Section>
    {items.map((item, index) => (
      <Row key={`${item.title}-${index}`} style={styles.row}>
        <Column>
          <Text style={styles.itemTitle}>
            {item.title}
            {item.variant_title ? ` (${item.variant_title})` : ""}
          </Text>
          <Text style={styles.itemMeta}>
            {common.quantity}: {item.quantity}
            {item.reason ? ` · ${common.reason}: ${item.reason}` : ""}
          </Text>
        </Column>
        {extra ? (
          <Column align="right">
            <Text style={styles.value}>{extra(item)}</Text>
          </Column>
        ) : null}
      </Row>
    ))}
  </Section>
)
