import { MedusaError } from "@medusajs/framework/utils"
import type { SqlManager } from "../../utils/sql"

/**
 * Increments the RMA counter of `year` and returns its number, e.g.
 * `RMA-2026-000042`. The counter row stays locked until the caller's
 * transaction ends: concurrent requests queue on it, and a rollback gives
 * the number back, so numbers are sequential without gaps.
 */
export const nextRmaNumber = async (
  manager: SqlManager,
  year: number
): Promise<string> => {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `year must be a four-digit year, got ${year}`
    )
  }
  const [row] = await manager.execute(
    `INSERT INTO return_rma_sequence (year, last) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE
       SET last = return_rma_sequence.last + 1, updated_at = now()
     RETURNING last`,
    [year]
  )
  return `RMA-${year}-${String(row.last).padStart(6, "0")}`
}
