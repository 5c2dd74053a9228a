const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })
const amount = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
const percent = new Intl.NumberFormat(undefined, {
  style: "percent",
  maximumFractionDigits: 1,
})

/** Formats a points balance or a count. */
export const formatPoints = (value: number | null | undefined) =>
  value == null ? "—" : integer.format(value)

/** Formats an amount in major units (the API never sends minor units). */
export const formatAmount = (value: number | null | undefined) =>
  value == null ? "—" : amount.format(value)

/** Formats a 0..1 ratio as a percentage. */
export const formatRate = (value: number | null | undefined) =>
  value == null ? "—" : percent.format(value)

/** Formats an ISO timestamp as a local date. */
export const formatDate = (value: string | null | undefined) =>
  value ? new Date(value).toLocaleDateString() : "—"

/** Formats an ISO timestamp as a local date and time. */
export const formatDateTime = (value: string | null | undefined) =>
  value
    ? new Date(value).toLocaleString(undefined, {
        dateStyle: "medium",
        timeStyle: "short",
      })
    : "—"

/** Joins a customer's first and last name, if any. */
export const formatName = (
  person: { first_name: string | null; last_name: string | null } | null
) => [person?.first_name, person?.last_name].filter(Boolean).join(" ") || "—"
