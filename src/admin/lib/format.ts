/**
 * Every number, amount and date the plugin's admin pages show goes through
 * this module, so all pages read alike: amounts as "€60.00", dates as
 * "Dec 6, 2026", times as "Dec 6, 2026, 3:27 PM" (in the browser's locale).
 */

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })
const amount = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
const percent = new Intl.NumberFormat(undefined, {
  style: "percent",
  maximumFractionDigits: 1,
})
const date = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" })
// A calendar day ("2026-12-20") is the same day everywhere: format it in UTC
// so a browser west of Greenwich does not show the day before.
const calendarDay = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeZone: "UTC",
})
const dateTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
})
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** Formats a points balance or a count. */
export const formatPoints = (value: number | null | undefined) =>
  value == null ? "—" : integer.format(value)

/** Formats an amount in major units (the API never sends minor units). */
export const formatAmount = (value: number | null | undefined) =>
  value == null ? "—" : amount.format(value)

/** Decimal places of a currency (EUR 2, JPY 0), as Intl knows them. */
export const currencyDigits = (currencyCode: string) => {
  try {
    return (
      new Intl.NumberFormat("en", {
        style: "currency",
        currency: currencyCode.toUpperCase(),
      }).resolvedOptions().maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}

/**
 * An amount in major units with its currency, e.g. "€49.99". Amounts arrive
 * in major units (bigNumber fields may arrive as strings), never in cents.
 */
export const formatMoney = (
  value: number | string | null | undefined,
  currencyCode: string | null | undefined
) => {
  if (value == null || value === "") {
    return "—"
  }
  const n = Number(value)
  if (!currencyCode) {
    return amount.format(n)
  }
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(n)
  } catch {
    // An unknown ISO code makes Intl throw; the bare amount still reads.
    return `${amount.format(n)} ${currencyCode.toUpperCase()}`
  }
}

/** Formats a 0..1 ratio as a percentage. */
export const formatRate = (value: number | null | undefined) =>
  value == null ? "—" : percent.format(value)

/** Formats a whole percentage as stored on policies (10 means 10 %). */
export const formatPercent = (value: number | null | undefined) =>
  value == null ? "—" : percent.format(Number(value) / 100)

/** Formats an ISO timestamp, or a calendar day "YYYY-MM-DD", as a date. */
export const formatDate = (value: string | Date | null | undefined) => {
  if (!value) {
    return "—"
  }
  if (typeof value === "string" && DAY_ONLY.test(value)) {
    return calendarDay.format(new Date(`${value}T00:00:00Z`))
  }
  return date.format(new Date(value))
}

/** Formats an ISO timestamp as a date and time. */
export const formatDateTime = (value: string | Date | null | undefined) =>
  value ? dateTime.format(new Date(value)) : "—"

/** Joins a customer's first and last name, if any. */
export const formatName = (
  person: { first_name: string | null; last_name: string | null } | null
) => [person?.first_name, person?.last_name].filter(Boolean).join(" ") || "—"

const yesNo = (value: unknown) => value === true || value === "true"

/**
 * A tier's benefits in plain words, e.g. "60-day returns, free return
 * shipping, 10 % store-credit bonus". Keys the plugin doesn't know are
 * still shown, humanized, rather than hidden.
 */
export const describeBenefits = (
  benefits: Record<string, unknown> | null | undefined
) => {
  const parts: string[] = []
  for (const [key, value] of Object.entries(benefits ?? {})) {
    if (value == null || value === false || value === "") {
      continue
    }
    switch (key) {
      case "return_window_days":
        parts.push(`${value}-day returns`)
        break
      case "free_return_shipping":
        if (yesNo(value)) parts.push("free return shipping")
        break
      case "restocking_fee_waived":
        if (yesNo(value)) parts.push("no restocking fee")
        break
      case "store_credit_bonus_percent":
        parts.push(`${formatPercent(Number(value))} store-credit bonus`)
        break
      case "free_shipping":
        if (yesNo(value)) parts.push("free shipping")
        break
      case "points_multiplier":
        parts.push(`${value}× points`)
        break
      case "early_access":
        if (yesNo(value)) parts.push("early access")
        break
      default: {
        const label = key.replace(/_/g, " ")
        parts.push(value === true ? label : `${label}: ${String(value)}`)
      }
    }
  }
  return parts.length ? parts.join(", ") : "—"
}

/**
 * The label of `value`, or the value itself when the map has none: reports
 * send categories as plain strings, which may be newer than the admin.
 */
export const labelOf = (labels: Record<string, string>, value: string) =>
  labels[value] ?? value

/**
 * A return decision's reasons without its note: a person's decision also
 * lists its note among the reasons.
 */
export const decisionReasons = (decision: {
  reasons: string[]
  note?: string | null
}) => decision.reasons.filter((reason) => reason !== decision.note)

/** A return decision's reasons and note in one line, each said once. */
export const decisionDetails = (decision: {
  reasons: string[]
  note?: string | null
}) => [...decisionReasons(decision), decision.note].filter(Boolean).join(" · ")
