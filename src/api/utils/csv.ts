import type { MedusaResponse } from "@medusajs/framework/http"
import { json2csv } from "json-2-csv"

/** One figure of a report as a CSV row. */
export type ReportCsvRow = Record<string, string | number | null>

/** `2026-01-01T00:00:00.000Z` or a Date as `2026-01-01`. */
const day = (value: Date | string) =>
  (value instanceof Date ? value.toISOString() : value).slice(0, 10)

/**
 * Sends report rows as a CSV download named `<name>-<from>-<to>.csv`. The
 * one CSV writer of the plugin: every report flattens itself to one row
 * per figure (columns `keys`), so each opens as a plain table in a
 * spreadsheet.
 */
export const sendReportCsv = (
  res: MedusaResponse,
  input: {
    name: string
    from: Date | string
    to: Date | string
    keys: string[]
    rows: ReportCsvRow[]
  }
) => {
  const csv = json2csv(input.rows, { keys: input.keys })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="${input.name}-${day(input.from)}-${day(input.to)}.csv"`
  )
  res.send(csv)
}

/**
 * Starts a CSV download that is written page by page (large exports):
 * headers now, then {@link writeCsvPage} per page, then `res.end()`.
 */
export const startCsvDownload = (res: MedusaResponse, filename: string) => {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
}

/**
 * Writes one page of rows of a streamed CSV with the same writer as the
 * reports; the header row (`keys`) comes with the first page only.
 */
export const writeCsvPage = (
  res: MedusaResponse,
  input: { keys: string[]; rows: ReportCsvRow[]; first: boolean }
) => {
  const csv = json2csv(input.rows, {
    keys: input.keys,
    prependHeader: input.first,
  })
  // json2csv ends the last row without a line break: add it, so the next
  // page starts on its own line.
  res.write(csv ? `${csv}\n` : "")
}
