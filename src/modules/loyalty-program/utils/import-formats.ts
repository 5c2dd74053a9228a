import { MedusaError } from "@medusajs/framework/utils"

/** The CSV layouts a loyalty import reads and an export writes. */
export const LOYALTY_CSV_FORMATS = [
  "plain",
  "smile",
  "loyaltylion",
  "yotpo",
] as const

export type LoyaltyCsvFormat = (typeof LOYALTY_CSV_FORMATS)[number]

/** Largest points balance one row may carry (a Postgres `integer`). */
const INT32_MAX = 2_147_483_647

type FormatSpec = {
  /** The system's name, as the ledger note and the admin show it. */
  label: string
  /** Header aliases per field, normalized (see {@link normalizeHeader}). */
  email: string[]
  points: string[]
  tier: string[]
  external_id: string[]
  /** Points awaiting approval at the source: counted, never imported. */
  pending: string[]
  /** Any of these headers marks a file as this system's export. */
  signature: string[]
}

/**
 * Column mapping per format (headers compared case-insensitively, with
 * spaces, `_` and `-` alike). Documented in the README, one table each.
 */
export const FORMAT_SPECS: Record<LoyaltyCsvFormat, FormatSpec> = {
  plain: {
    label: "CSV",
    email: ["email"],
    points: ["points"],
    tier: ["tier"],
    external_id: ["external id"],
    pending: [],
    signature: ["points"],
  },
  smile: {
    label: "Smile.io",
    email: ["email"],
    points: ["points balance"],
    tier: ["vip tier"],
    external_id: ["customer id"],
    pending: [],
    signature: ["member status", "referral url", "date joined"],
  },
  loyaltylion: {
    label: "LoyaltyLion",
    email: ["email"],
    points: ["points approved"],
    tier: ["tier", "tier name", "current tier"],
    external_id: ["merchant id", "id"],
    pending: ["points pending"],
    signature: ["points approved"],
  },
  yotpo: {
    label: "Yotpo Loyalty",
    email: ["email"],
    points: ["points balance"],
    tier: ["vip tier", "vip tier name"],
    external_id: ["customer id"],
    pending: [],
    signature: ["points spent", "points earned", "opted in", "referral link"],
  },
}

/** `Points Balance`, `points_balance` and `points-balance` are one header. */
export const normalizeHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes (`""`) and line
 * breaks; CRLF or LF rows; a UTF-8 byte order mark is dropped. Blank lines
 * are skipped. Returns the rows as arrays of fields, each with its line
 * number in the file (1 = the header).
 */
export const parseCsv = (
  text: string
): { line: number; fields: string[] }[] => {
  const rows: { line: number; fields: string[] }[] = []
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let fields: string[] = []
  let field = ""
  let quoted = false
  let line = 1
  let rowLine = 1
  const endRow = () => {
    fields.push(field)
    if (fields.length > 1 || fields[0] !== "") {
      rows.push({ line: rowLine, fields })
    }
    fields = []
    field = ""
  }
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"'
          i++
        } else {
          quoted = false
        }
      } else {
        if (c === "\n") {
          line++
        }
        field += c
      }
      continue
    }
    if (c === '"' && field === "") {
      quoted = true
    } else if (c === ",") {
      fields.push(field)
      field = ""
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") {
        i++
      }
      endRow()
      line++
      rowLine = line
    } else {
      field += c
    }
  }
  if (quoted) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `csv: a quoted field opened on line ${rowLine} is never closed`
    )
  }
  if (field !== "" || fields.length) {
    endRow()
  }
  return rows
}

const findColumn = (headers: string[], aliases: string[]) => {
  for (const alias of aliases) {
    const index = headers.indexOf(alias)
    if (index >= 0) {
      return index
    }
  }
  return -1
}

/**
 * Which system exported a file, from its headers: the one whose signature
 * columns are there. Smile.io and Yotpo share `Email`, `Points Balance` and
 * `VIP Tier`, so a file with only those is refused, naming the formats to
 * choose from, rather than guessed: the source decides which earlier
 * imports a re-import is compared with.
 */
export const detectFormat = (rawHeaders: string[]): LoyaltyCsvFormat => {
  const headers = rawHeaders.map(normalizeHeader)
  const matches = (Object.keys(FORMAT_SPECS) as LoyaltyCsvFormat[]).filter(
    (format) => {
      const spec = FORMAT_SPECS[format]
      return (
        findColumn(headers, spec.email) >= 0 &&
        findColumn(headers, spec.points) >= 0 &&
        spec.signature.some((s) => headers.includes(s))
      )
    }
  )
  if (matches.length === 1) {
    return matches[0]
  }
  const found = rawHeaders.map((h) => h.trim()).join(", ")
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    matches.length
      ? `format: the columns fit ${matches.join(" and ")}; pass format to say which (columns: ${found})`
      : `format: these columns are not a known export (${found}); pass format (${LOYALTY_CSV_FORMATS.join(", ")}) or use the plain columns email, points, tier, external_id`
  )
}

/** One data row of an import file, read through its format's mapping. */
export type LoyaltyImportRow = {
  /** Line in the file (1 = header), for the report. */
  line: number
  email: string
  /** The balance the member should have from this source. */
  points: number
  tier: string | null
  external_id: string | null
  /** Points pending at the source (LoyaltyLion), reported only. */
  pending: number
  /** Why the row cannot be imported, if it cannot. */
  error?: string
}

export type ParsedLoyaltyImport = {
  format: LoyaltyCsvFormat
  headers: string[]
  rows: LoyaltyImportRow[]
}

const EMAIL = /^[^\s@]+@[^\s@]+$/

const wholePoints = (raw: string, column: string): number | string => {
  const value = raw.trim()
  if (value === "") {
    // Yotpo's guide asks for 0 in empty cells; an empty balance is 0.
    return 0
  }
  if (!/^\d+(\.0+)?$/.test(value)) {
    return `${column}: "${value}" is not a whole number of points`
  }
  const points = Number.parseInt(value, 10)
  if (points > INT32_MAX) {
    return `${column}: ${value} is more than ${INT32_MAX} points`
  }
  return points
}

/**
 * Reads an import file: detects its format from the headers (or checks the
 * one given), maps the columns and validates each row. A file without the
 * email or points column is refused, naming the column; a bad row is kept
 * with its `error` so the report can show it.
 */
export const parseLoyaltyImport = (
  text: string,
  format?: LoyaltyCsvFormat
): ParsedLoyaltyImport => {
  const [header, ...data] = parseCsv(text)
  if (!header) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "csv: the file is empty (a header row and at least one member are needed)"
    )
  }
  const chosen = format ?? detectFormat(header.fields)
  const spec = FORMAT_SPECS[chosen]
  const headers = header.fields.map(normalizeHeader)
  const column = (aliases: string[]) => findColumn(headers, aliases)
  const emailAt = column(spec.email)
  const pointsAt = column(spec.points)
  for (const [at, aliases] of [
    [emailAt, spec.email],
    [pointsAt, spec.points],
  ] as const) {
    if (at < 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `csv: the ${spec.label} column "${aliases[0]}" is missing (columns: ${header.fields.map((h) => h.trim()).join(", ")})`
      )
    }
  }
  const tierAt = column(spec.tier)
  const externalAt = column(spec.external_id)
  const pendingAt = column(spec.pending)
  const pointsName = header.fields[pointsAt].trim()

  const rows = data.map(({ line, fields }): LoyaltyImportRow => {
    const cell = (at: number) => (at >= 0 ? (fields[at] ?? "").trim() : "")
    const email = cell(emailAt)
    const points = wholePoints(cell(pointsAt), pointsName)
    const pending = wholePoints(cell(pendingAt), "pending")
    const row: LoyaltyImportRow = {
      line,
      email,
      points: typeof points === "number" ? points : 0,
      tier: cell(tierAt) || null,
      external_id: cell(externalAt) || null,
      pending: typeof pending === "number" ? pending : 0,
    }
    if (!EMAIL.test(email) || email.length > 320) {
      row.error = email
        ? `email: "${email.slice(0, 100)}" is not an email address`
        : "email is empty"
    } else if (typeof points === "string") {
      row.error = points
    }
    return row
  })
  return { format: chosen, headers: header.fields, rows }
}
