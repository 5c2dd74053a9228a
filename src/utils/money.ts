/**
 * An amount in the currency's major unit (Medusa v2 stores `42.5` for
 * €42.50), as a number or a numeric string (a serialized BigNumber).
 */
export type MoneyAmount = number | string

/**
 * Formats an amount in major units (`42.5`, `"42.50"`) as currency, e.g.
 * `€42.50` in `en`, `42,50 €` in `fr`. The one money format of the plugin:
 * emails, the PDF receipt, workflow messages and the admin use it, so a
 * customer reads the same amount everywhere.
 *
 * Pure (only `Intl`), so the admin bundle can import it too.
 *
 * @example
 * formatMoney(42.5, "eur") // "€42.50"
 * formatMoney("1042.5", "usd", "en-US") // "$1,042.50"
 */
export const formatMoney = (
  amount: MoneyAmount,
  currencyCode: string,
  locale = "en"
): string => {
  const value = Number(amount)
  const currency = currencyCode.toUpperCase()
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
    }).format(value)
  } catch {
    // Unknown currency code (or locale): still show the amount rather than
    // fail the email or the page.
    return `${value.toFixed(2)} ${currency}`
  }
}
