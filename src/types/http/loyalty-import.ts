import type { z } from "@medusajs/framework/zod"
import type { AdminCreateLoyaltyImport } from "../../api/admin/loyalty/imports/validators"
import type { AdminGetLoyaltyExportParams } from "../../api/admin/loyalty/export/validators"
import type { LoyaltyImportSummary } from "../../modules/loyalty-program/types"
import type { LoyaltyCsvFormat } from "../../modules/loyalty-program/utils/import-formats"
import type { PaginatedResponse, Serialized } from "./common"

export type { LoyaltyImportSummary, LoyaltyCsvFormat }

export type LoyaltyImportStatus = "queued" | "running" | "completed" | "failed"

/** An import as staff read it (the file itself is not sent back). */
export type AdminLoyaltyImport = {
  id: string
  format: LoyaltyCsvFormat
  source: string
  filename: string | null
  file_hash: string
  status: LoyaltyImportStatus
  total_rows: number
  processed_rows: number
  summary: LoyaltyImportSummary | null
  tier_mapping: Record<string, string> | null
  error: string | null
  created_by: string | null
  started_at: string | null
  finished_at: string | null
  created_at: string
  updated_at: string
}

/** The body of `POST /admin/loyalty/imports`: the file as text. */
export type AdminCreateLoyaltyImport = z.input<typeof AdminCreateLoyaltyImport>

/** The dry run (`dry_run: true`): nothing written. */
export type AdminLoyaltyImportPreviewResponse = {
  preview: Serialized<{
    format: LoyaltyCsvFormat
    source: string
    total_rows: number
    summary: LoyaltyImportSummary
  }>
}

/** The import started (202): poll `GET /admin/loyalty/imports/:id`. */
export type AdminLoyaltyImportResponse = { import: AdminLoyaltyImport }

export type AdminLoyaltyImportListResponse = PaginatedResponse<{
  imports: AdminLoyaltyImport[]
}>

export type AdminLoyaltyExportQuery = z.input<
  typeof AdminGetLoyaltyExportParams
>
