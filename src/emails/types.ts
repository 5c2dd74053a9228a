import type { MoneyAmount } from "../utils/money"

export type { MoneyAmount } from "../utils/money"

/**
 * Data every template receives. Callers (workflows that create notifications)
 * put these keys in `notification.data` next to the template's own keys.
 */
export type BaseEmailData = {
  /**
   * BCP 47 locale of the recipient, e.g. `"fr-FR"`. Strings fall back to
   * English when the language has no translation for the template.
   */
  locale?: string | null
  /** IANA time zone used for dates. Defaults to `"UTC"`. */
  time_zone?: string | null
  /** The store the email is sent on behalf of. */
  store: {
    name: string
    /** Absolute `https://` URL of the logo shown in the header. */
    logo_url?: string | null
    /** Storefront URL, linked from the footer. */
    url?: string | null
    /** Address customers can write to, shown in the footer. */
    support_email?: string | null
  }
  /** First name or full name used in the greeting. */
  customer_name?: string | null
}

/** A line item shown in a return email. */
export type EmailItem = {
  title: string
  variant_title?: string | null
  sku?: string | null
  quantity: number
  /** Customer-facing return reason, if any. */
  reason?: string | null
}

/** How a refund reaches the customer. */
export type RefundMethod = "original_payment" | "store_credit" | "manual"

/** A return's refund as its emails break it down. Amounts in major units. */
export type RefundSummaryData = {
  currency_code: string
  method: RefundMethod
  items_total: MoneyAmount
  /** Fees are positive numbers; they are shown as deductions. */
  return_shipping_fee?: MoneyAmount | null
  restocking_fee?: MoneyAmount | null
  store_credit_bonus?: MoneyAmount | null
  /** The refund before any store credit bonus. */
  total: MoneyAmount
  /**
   * What the customer gets: `total` plus the store credit bonus; computed
   * when absent.
   */
  credited_total?: MoneyAmount | null
}
