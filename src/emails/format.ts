/**
 * Returns a locale `Intl` accepts, or `"en"`. Accepts `fr_FR`-style values
 * because they are common in customer metadata.
 */
export const normalizeLocale = (locale?: string | null): string => {
  if (!locale) {
    return "en"
  }
  try {
    return Intl.getCanonicalLocales(locale.trim().replace(/_/g, "-"))[0] ?? "en"
  } catch {
    return "en"
  }
}

/** The language subtag of a locale: `"fr-CA"` → `"fr"`. */
export const languageOf = (locale: string): string =>
  locale.split("-")[0].toLowerCase()

/** Formats an integer-like quantity (points) with locale grouping. */
export const formatNumber = (value: number, locale: string): string =>
  new Intl.NumberFormat(locale).format(value)

/**
 * Formats a date (ISO string or `Date`) as a long date in the given time
 * zone. Unparseable values are returned unchanged.
 */
export const formatDate = (
  value: string | Date,
  locale: string,
  timeZone?: string | null
): string => {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) {
    return String(value)
  }
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: "long",
      timeZone: timeZone || "UTC",
    }).format(date)
  } catch {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: "long",
      timeZone: "UTC",
    }).format(date)
  }
}

/**
 * Keeps only absolute http(s) URLs so a value from the database can never
 * become a `javascript:` link in an email.
 */
export const safeUrl = (value?: string | null): string | undefined => {
  if (!value) {
    return undefined
  }
  try {
    const url = new URL(value)
    return url.protocol === "https:" || url.protocol === "http:"
      ? url.toString()
      : undefined
  } catch {
    return undefined
  }
}

const EMAIL_PATTERN = /^[^\s<>"'@]+@[^\s<>"'@]+$/

/** The address when it looks like one (safe in a `mailto:`), else undefined. */
export const validEmail = (value?: string | null): string | undefined =>
  value && EMAIL_PATTERN.test(value) ? value : undefined

/** Shortens text to `max` characters on a word boundary, adding `…`. */
export const excerpt = (text: string, max = 280): string => {
  const clean = text.replace(/\s+/g, " ").trim()
  if (clean.length <= max) {
    return clean
  }
  const cut = clean.slice(0, max)
  const lastSpace = cut.lastIndexOf(" ")
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}
