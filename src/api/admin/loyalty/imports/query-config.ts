/**
 * An import as the admin reads it: everything but the file itself (kept
 * for a retry, several MB).
 */
export const loyaltyImportFields = [
  "id",
  "format",
  "source",
  "filename",
  "file_hash",
  "status",
  "total_rows",
  "processed_rows",
  "summary",
  "tier_mapping",
  "error",
  "created_by",
  "started_at",
  "finished_at",
  "created_at",
  "updated_at",
]
