import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  LoyaltyImportMatchedRow,
  LoyaltyImportRowReport,
} from "../../../modules/loyalty-program/types"
import type { LoyaltyImportRow } from "../../../modules/loyalty-program/utils/import-formats"
import { skippedRow } from "../../../modules/loyalty-program/utils/plan-import"

/** Rows looked up and written per batch (one customer query, one insert). */
export const IMPORT_BATCH_SIZE = 2500

type CustomerRow = { id: string; email: string; has_account: boolean }

/**
 * Customers whose email is one of `emails`, compared case-insensitively.
 * Medusa stores emails as typed and its module filters compare exact text,
 * so a case-insensitive match of a whole batch in one query needs
 * `lower(email)`: this reads the customer table directly, read-only, the
 * way Query would but in one statement per batch.
 */
const customersByEmail = async (
  container: MedusaContainer,
  emails: string[]
): Promise<Map<string, CustomerRow[]>> => {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = (await pg.raw(
    `SELECT id, lower(email) AS email, has_account FROM customer
     WHERE deleted_at IS NULL
       AND lower(email) IN (SELECT jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(emails)]
  )) as { rows: CustomerRow[] }
  const byEmail = new Map<string, CustomerRow[]>()
  for (const row of rows) {
    byEmail.set(row.email, [...(byEmail.get(row.email) ?? []), row])
  }
  return byEmail
}

/**
 * The customer an email stands for: the one registered customer with it,
 * else the one guest; several of either is ambiguous.
 */
const pickCustomer = (
  candidates: CustomerRow[]
): CustomerRow | "ambiguous" | null => {
  const registered = candidates.filter((c) => c.has_account)
  const pool = registered.length ? registered : candidates
  if (!pool.length) {
    return null
  }
  return pool.length === 1 ? pool[0] : "ambiguous"
}

export type ImportBatch = {
  matched: LoyaltyImportMatchedRow[]
  /** Rows refused before matching: invalid, repeated, no customer. */
  skipped: LoyaltyImportRowReport[]
  /** Points pending at the source in this batch, reported only. */
  pending: number
  /** Rows of the file done once this batch is. */
  processed_rows: number
}

/**
 * The file's rows in batches, each matched to customers with one query.
 * Only the first row of an email counts; later ones are reported as
 * duplicates. Unknown emails are reported, never turned into customers.
 */
export async function* importBatches(
  container: MedusaContainer,
  rows: LoyaltyImportRow[]
): AsyncGenerator<ImportBatch> {
  const seen = new Map<string, number>()
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
    const slice = rows.slice(start, start + IMPORT_BATCH_SIZE)
    const skipped: LoyaltyImportRowReport[] = []
    const candidates: LoyaltyImportRow[] = []
    let pending = 0
    for (const row of slice) {
      pending += row.pending
      const key = row.email.toLowerCase()
      if (row.error) {
        skipped.push(skippedRow(row, "invalid_row", row.error))
      } else if (seen.has(key)) {
        skipped.push(
          skippedRow(
            row,
            "duplicate_email",
            `email already on line ${seen.get(key)}: only the first row counts`
          )
        )
      } else {
        seen.set(key, row.line)
        candidates.push(row)
      }
    }
    const customers = candidates.length
      ? await customersByEmail(
          container,
          candidates.map((r) => r.email.toLowerCase())
        )
      : new Map<string, CustomerRow[]>()
    const matched: LoyaltyImportMatchedRow[] = []
    for (const row of candidates) {
      const customer = pickCustomer(
        customers.get(row.email.toLowerCase()) ?? []
      )
      if (!customer) {
        skipped.push(
          skippedRow(row, "no_customer", "no customer with this email")
        )
      } else if (customer === "ambiguous") {
        skipped.push(
          skippedRow(
            row,
            "ambiguous_customer",
            "several customers have this email"
          )
        )
      } else {
        matched.push({
          line: row.line,
          email: row.email,
          points: row.points,
          tier: row.tier,
          external_id: row.external_id,
          customer_id: customer.id,
        })
      }
    }
    yield {
      matched,
      skipped,
      pending,
      processed_rows: start + slice.length,
    }
  }
}
