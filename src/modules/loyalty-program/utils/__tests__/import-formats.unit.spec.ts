import { readFileSync } from "node:fs"
import { join } from "node:path"
import { detectFormat, parseCsv, parseLoyaltyImport } from "../import-formats"
import {
  emptyImportSummary,
  mergeImportSummaries,
  planImportRows,
  tierResolver,
  type ImportAccountState,
} from "../plan-import"

const fixture = (name: string) =>
  readFileSync(
    join(
      __dirname,
      "../../../../../integration-tests/fixtures/loyalty-import",
      name
    ),
    "utf8"
  )

describe("parseCsv", () => {
  it("reads quoted commas, doubled quotes, line breaks in quotes, CRLF and a BOM", () => {
    const rows = parseCsv(
      '\uFEFFname,note\r\n"Dupont, Jr.","said ""hi"""\r\n\r\nx,"two\nlines"\n'
    )
    expect(rows).toEqual([
      { line: 1, fields: ["name", "note"] },
      { line: 2, fields: ["Dupont, Jr.", 'said "hi"'] },
      { line: 4, fields: ["x", "two\nlines"] },
    ])
  })

  it("refuses a quote that is never closed, naming the line", () => {
    expect(() => parseCsv('a,b\n"open,1\n')).toThrow(
      "csv: a quoted field opened on line 2 is never closed"
    )
  })
})

describe("detectFormat", () => {
  it.each([
    ["smile.csv", "smile"],
    ["loyaltylion.csv", "loyaltylion"],
    ["yotpo.csv", "yotpo"],
    ["plain.csv", "plain"],
  ])("tells %s is %s from its headers", (file, format) => {
    expect(detectFormat(parseCsv(fixture(file))[0].fields)).toEqual(format)
  })

  it("refuses, asking for format, a file with only the columns Smile.io and Yotpo share", () => {
    expect(() => detectFormat(["Email", "Points Balance", "VIP Tier"])).toThrow(
      "format: these columns are not a known export (Email, Points Balance, VIP Tier)"
    )
  })
})

describe("parseLoyaltyImport", () => {
  it("maps Smile.io columns and keeps the tier as written", () => {
    const { format, rows } = parseLoyaltyImport(fixture("smile.csv"))
    expect(format).toEqual("smile")
    expect(rows[0]).toEqual({
      line: 2,
      email: "ADA@Example.com",
      points: 1250,
      tier: "Gold",
      external_id: "8812001",
      pending: 0,
    })
    expect(rows[2]).toEqual(
      expect.objectContaining({ email: "chloe@example.com", tier: null })
    )
  })

  it("maps LoyaltyLion's approved points, counts pending ones and flags a fraction", () => {
    const { rows } = parseLoyaltyImport(fixture("loyaltylion.csv"))
    expect(rows[0]).toEqual(
      expect.objectContaining({
        points: 2400,
        pending: 150,
        external_id: "7001",
      })
    )
    expect(rows[4].error).toEqual(
      'points_approved: "12.5" is not a whole number of points'
    )
  })

  it("flags a row without an email address", () => {
    const { rows } = parseLoyaltyImport(fixture("plain.csv"))
    expect(rows[4].error).toEqual(
      'email: "not-an-email" is not an email address'
    )
  })

  it("refuses a file without the format's email column, naming it", () => {
    expect(() =>
      parseLoyaltyImport("Mail,Points Balance\nx@y.z,1\n", "smile")
    ).toThrow(
      'csv: the Smile.io column "email" is missing (columns: Mail, Points Balance)'
    )
  })
})

describe("planImportRows", () => {
  const tiers = [
    { id: "t_gold", name: "Gold" },
    { id: "t_silver", name: "Silver" },
  ]
  const now = new Date("2026-12-07T00:00:00Z")
  const account = (over: Partial<ImportAccountState>): ImportAccountState => ({
    id: "lacc_1",
    customer_id: "cus_1",
    tier_id: null,
    tier_locked: false,
    tier_lock_expires_at: null,
    tier_locked_by: null,
    points_available: 0,
    points_debt: 0,
    imported: 0,
    ...over,
  })
  const row = (points: number, tier: string | null = null) => ({
    line: 2,
    email: "a@b.c",
    points,
    tier,
    external_id: null,
    customer_id: "cus_1",
  })
  const plan = (points: number, state?: ImportAccountState, tier?: string) =>
    planImportRows({
      rows: [row(points, tier ?? null)],
      accounts: new Map(state ? [["cus_1", state]] : []),
      tiers,
      now,
    })

  it("adds only what earlier imports from the source have not", () => {
    const { reports, writes } = plan(
      1200,
      account({ imported: 1000, points_available: 1300 })
    )
    expect(reports[0]).toEqual(
      expect.objectContaining({ outcome: "adjusted", delta: 200 })
    )
    expect(writes[0].available).toEqual(1500)
  })

  it("changes nothing when the balance was already imported", () => {
    const { reports, writes } = plan(
      1000,
      account({ imported: 1000, points_available: 40 })
    )
    expect(reports[0].outcome).toEqual("unchanged")
    expect(writes).toEqual([])
  })

  it("refuses to take back imported points the member has spent", () => {
    const { reports } = plan(
      100,
      account({ imported: 1000, points_available: 300 })
    )
    expect(reports[0]).toEqual(
      expect.objectContaining({
        outcome: "skipped",
        reason: "insufficient_points",
        message:
          "earlier imports from this source added 1000 points; taking 900 back would leave -600 available",
      })
    )
  })

  it("pays debt first, as any credit does", () => {
    const { writes } = plan(500, account({ points_debt: 200 }))
    expect(writes[0]).toEqual(
      expect.objectContaining({ available: 300, debt: 0 })
    )
  })

  it("keeps an admin's lock and reports an unknown tier", () => {
    const locked = account({
      tier_id: "t_silver",
      tier_locked: true,
      tier_locked_by: "user_1",
    })
    expect(plan(0, locked, "gold").reports[0].message).toEqual(
      "tier kept: locked by an admin on Silver"
    )
    const unknown = plan(0, undefined, "Diamond")
    expect(unknown.unknown_tiers).toEqual(["Diamond"])
    expect(unknown.reports[0]).toEqual(
      expect.objectContaining({ outcome: "created", tier_set: null })
    )
  })

  it("maps source tiers through the request's mapping, by name or id", () => {
    const resolve = tierResolver(tiers, { Bronze: "silver", VIP: "t_gold" })
    expect(resolve("bronze")?.id).toEqual("t_silver")
    expect(resolve("VIP")?.id).toEqual("t_gold")
    expect(resolve("GOLD")?.id).toEqual("t_gold")
    expect(resolve("Platinum")).toBeUndefined()
    expect(resolve(null)).toBeNull()
  })

  it("adds up the figures of batch summaries", () => {
    const a = emptyImportSummary()
    a.rows = 2
    a.unknown_tiers = { Diamond: 1 }
    const b = emptyImportSummary()
    b.rows = 3
    b.unknown_tiers = { Diamond: 2 }
    expect(mergeImportSummaries(a, b)).toEqual(
      expect.objectContaining({ rows: 5, unknown_tiers: { Diamond: 3 } })
    )
  })
})
