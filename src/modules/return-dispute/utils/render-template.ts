export type TemplateValues = Partial<
  Record<
    | "customer_name"
    | "order_number"
    | "rma_number"
    | "amount"
    | "dispute_number",
    string | number | null
  >
>

/**
 * Fills `{{placeholder}}`s. Unknown or missing values render as an empty
 * string, so a template never shows raw braces to a customer.
 */
export const renderPolicyTemplate = (
  body: string,
  values: TemplateValues
): string =>
  body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_, key: string) => {
    const value = values[key as keyof TemplateValues]
    return value === null || value === undefined ? "" : String(value)
  })
