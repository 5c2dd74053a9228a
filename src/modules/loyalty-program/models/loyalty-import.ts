import { model } from "@medusajs/framework/utils"
import { atLeast } from "../../../utils/checks"

/**
 * One import of members and balances from another loyalty program's CSV.
 * Its progress is updated with every batch written, so the admin can follow
 * a large file; the file itself is kept until the import has completed
 * (a failed import can be run again from it), its hash always.
 */
const LoyaltyImport = model
  .define("loyalty_import", {
    id: model.id({ prefix: "limp" }).primaryKey(),
    format: model.enum(["plain", "smile", "loyaltylion", "yotpo"]),
    // Whose balances the file holds: a re-import is compared with the
    // earlier imports of the same source.
    source: model.text(),
    filename: model.text().nullable(),
    file_hash: model.text(),
    status: model
      .enum(["queued", "running", "completed", "failed"])
      .default("queued"),
    total_rows: model.number().default(0),
    processed_rows: model.number().default(0),
    summary: model.json().nullable(),
    tier_mapping: model.json().nullable(),
    error: model.text().nullable(),
    content: model.text().nullable(),
    created_by: model.text().nullable(),
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["created_at"] }, { on: ["status"] }])
  .checks([
    atLeast("loyalty_import_total_rows_non_negative", "total_rows"),
    atLeast("loyalty_import_processed_rows_non_negative", "processed_rows"),
  ])

export default LoyaltyImport
