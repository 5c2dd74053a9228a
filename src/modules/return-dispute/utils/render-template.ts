/** The values a policy template can use, as `{{name}}`. */
export const POLICY_TEMPLATE_VARIABLES = [
  "customer_name",
  "order_number",
  "rma_number",
  "amount",
  "dispute_number",
] as const

export type PolicyTemplateVariable = (typeof POLICY_TEMPLATE_VARIABLES)[number]

export type TemplateValues = Partial<
  Record<PolicyTemplateVariable, string | number | null>
>

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g
/** Any `{{…}}`, known variable or not: what a customer must never read. */
const ANY_PLACEHOLDER = /\{\{[^{}]*\}\}/g

const valueOf = (values: TemplateValues, key: string): string | null => {
  const value = values[key as PolicyTemplateVariable]
  return value === null || value === undefined || value === ""
    ? null
    : String(value)
}

/**
 * Fills `{{placeholder}}`s. Unknown or missing values render as an empty
 * string, so a template never shows raw braces to a customer.
 */
export const renderPolicyTemplate = (
  body: string,
  values: TemplateValues
): string =>
  body.replace(PLACEHOLDER, (_, key: string) => valueOf(values, key) ?? "")

/**
 * Fills the placeholders a case has values for and keeps the others as
 * written, listing them in `missing`: a reply started from a template shows
 * the manager what is left to write (the sending routes refuse braces).
 *
 * @example
 * fillPolicyTemplate("Hi {{customer_name}}, {{amount}}", { customer_name: "Dana" })
 * // { body: "Hi Dana, {{amount}}", missing: ["amount"] }
 */
export const fillPolicyTemplate = (
  body: string,
  values: TemplateValues
): { body: string; missing: string[] } => {
  const missing = new Set<string>()
  const filled = body.replace(PLACEHOLDER, (placeholder, key: string) => {
    const value = valueOf(values, key)
    if (value === null) {
      missing.add(key)
      return placeholder
    }
    return value
  })
  return { body: filled, missing: [...missing] }
}

/**
 * The `{{…}}` placeholders left in a text, as written, without duplicates.
 *
 * @example
 * findPlaceholders("We refunded {{amount}}.") // ["{{amount}}"]
 */
export const findPlaceholders = (text: string): string[] => [
  ...new Set(text.match(ANY_PLACEHOLDER) ?? []),
]
