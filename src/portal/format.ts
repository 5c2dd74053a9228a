import { config } from "./config"
import { t } from "./i18n"

const intlLocale = config.locale === "fr" ? "fr-FR" : "en-US"

/** An amount in major units of `currency`, e.g. "€10.00". */
export const money = (
  amount: number | string | null | undefined,
  currency: string
) =>
  new Intl.NumberFormat(intlLocale, {
    style: "currency",
    currency: currency.toUpperCase(),
  }).format(Number(amount ?? 0))

/** "You pay €12.00", "We refund €12.00" or "Nothing to pay". */
export const differenceText = (difference: number, currency: string) =>
  difference > 0
    ? t("exchange_pay", { amount: money(difference, currency) })
    : difference < 0
      ? t("exchange_refund", { amount: money(-difference, currency) })
      : t("exchange_even")

/** A day, e.g. "7 December 2026"; `YYYY-MM-DD` is read as that UTC day. */
export const day = (value: string | null | undefined) => {
  if (!value) {
    return ""
  }
  const date = new Date(
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value
  )
  if (Number.isNaN(date.getTime())) {
    return value
  }
  return new Intl.DateTimeFormat(intlLocale, {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(date)
}

/** A moment, e.g. "7 Dec 2026, 14:05". */
export const moment = (value: string | null | undefined) => {
  if (!value) {
    return ""
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(intlLocale, {
        dateStyle: "medium",
        timeStyle: "short",
      }).format(date)
}
