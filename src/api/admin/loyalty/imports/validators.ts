import { z } from "@medusajs/framework/zod"
import { LOYALTY_CSV_FORMATS } from "../../../../modules/loyalty-program/utils/import-formats"
import {
  boundedString,
  idString,
  listParams,
  MAX_LENGTH,
  requiredString,
} from "../../../utils/validators"

/**
 * Largest import file, in characters of CSV text: about 200,000 members
 * with names in a Smile.io export. The route's JSON body limit is set a
 * little above it, so a larger file is answered by this rule, naming the
 * field.
 */
export const MAX_IMPORT_CSV_CHARS = 20_000_000

/** `bodyParser.sizeLimit` of the import route (JSON escaping included). */
export const IMPORT_BODY_LIMIT = "24mb"

const format = z.enum(LOYALTY_CSV_FORMATS, {
  error: `format must be one of ${LOYALTY_CSV_FORMATS.join(", ")}`,
})

export type AdminCreateLoyaltyImportType = z.infer<
  typeof AdminCreateLoyaltyImport
>
export const AdminCreateLoyaltyImport = z.strictObject({
  csv: z
    .string({ error: "csv must be the file's text" })
    .min(1, { error: "csv is required (the file's text)" })
    .max(MAX_IMPORT_CSV_CHARS, {
      error: `csv: the file is too large (at most ${MAX_IMPORT_CSV_CHARS} characters, about 20 MB)`,
    }),
  format: format.optional(),
  source: requiredString("source", MAX_LENGTH.id)
    .regex(/^[a-z0-9][a-z0-9_.-]*$/i, {
      error: "source must be letters, digits, '.', '_' or '-'",
    })
    .optional(),
  tier_mapping: z
    .record(
      requiredString("tier_mapping key", MAX_LENGTH.name),
      idString("tier_mapping value")
    )
    .refine((m) => Object.keys(m).length <= 100, {
      error: "tier_mapping must have at most 100 tiers",
    })
    .optional(),
  filename: boundedString("filename", MAX_LENGTH.name).nullish(),
  dry_run: z.boolean({ error: "dry_run must be true or false" }).default(false),
})

export type AdminGetLoyaltyImportsParamsType = z.infer<
  typeof AdminGetLoyaltyImportsParams
>
export const AdminGetLoyaltyImportsParams = listParams({
  limit: 20,
  order: "-created_at",
  sortable: ["created_at"],
})
