import { z } from "@medusajs/framework/zod"
import { rejectBadInput } from "../bad-input-guard"
import { ExchangeSearchParams } from "../exchange-validators"
import {
  boundedDate,
  boundedString,
  int32,
  listParams,
  moneyAmount,
  positiveInt32,
} from "../validators"

const messages = (schema: z.ZodTypeAny, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues.map((i) => i.message)
}

describe("shared bounded validators", () => {
  it("int32 keeps whole numbers inside a Postgres integer", () => {
    expect(messages(int32("rank"), 2147483647)).toEqual([])
    expect(messages(int32("rank"), -2147483648)).toEqual([])
    expect(messages(int32("rank"), 2147483648)).toEqual([
      "rank must be at most 2147483647",
    ])
    expect(messages(int32("rank"), -2147483649)).toEqual([
      "rank must be at least -2147483648",
    ])
    expect(messages(int32("rank"), 1.5)).toEqual([
      "rank must be a whole number",
    ])
    expect(messages(positiveInt32("stock"), 0)).toEqual([
      "stock must be more than 0",
    ])
  })

  it("boundedString refuses text past its length and NUL bytes", () => {
    const name = boundedString("name", 5)
    expect(messages(name, "Gold")).toEqual([])
    expect(messages(name, "Platinum")).toEqual([
      "name must be at most 5 characters",
    ])
    expect(messages(name, "Go\u0000ld")).toEqual([
      "name must not contain a NUL character",
    ])
    expect(messages(name, 12)).toEqual(["name must be text"])
  })

  it("moneyAmount is bounded and not negative; boundedDate stays in years 1900-9999", () => {
    expect(messages(moneyAmount("amount"), 12.5)).toEqual([])
    expect(messages(moneyAmount("amount"), -1)).toEqual([
      "amount must be zero or more",
    ])
    expect(messages(moneyAmount("amount"), 1e308)).toEqual([
      "amount must be at most 1000000000000",
    ])
    expect(messages(boundedDate("from"), "2026-03-31")).toEqual([])
    for (const date of ["0100-01-01", "+200000-01-01"]) {
      expect(messages(boundedDate("from"), date)).toEqual([
        "from must be a date between the years 1900 and 9999",
      ])
    }
    expect(messages(boundedDate("from"), "+300000-01-01")).toEqual([
      "from must be a date",
    ])
  })

  describe("listParams", () => {
    const params = listParams({
      limit: 20,
      order: "rank",
      sortable: ["rank", "name"],
    })

    it("defaults and parses query strings", () => {
      expect(params.parse({})).toEqual(
        expect.objectContaining({ limit: 20, offset: 0, order: "rank" })
      )
      expect(
        params.parse({ limit: "1000", offset: "40", order: "-name" })
      ).toEqual(
        expect.objectContaining({ limit: 1000, offset: 40, order: "-name" })
      )
    })

    it.each([
      [{ limit: "-1" }, "limit must be zero or more"],
      [{ limit: "1001" }, "limit must be at most 1000"],
      [{ limit: "1.5" }, "limit must be a whole number"],
      [{ offset: "-1" }, "offset must be zero or more"],
      [{ order: "colour" }, "order must be one of rank, -rank, name, -name"],
    ])("refuses %j", (query, message) => {
      expect(messages(params, query)).toEqual([message])
    })

    it("the exchange search: a page of at most 50, a title search, no fields or order", () => {
      expect(ExchangeSearchParams.parse({ q: " tee " })).toEqual({
        q: "tee",
        limit: 20,
        offset: 0,
      })
      expect(messages(ExchangeSearchParams, { limit: "51" })).toEqual([
        "limit must be at most 50",
      ])
      expect(messages(ExchangeSearchParams, { order: "title" })).toEqual([
        "order: this list has a fixed order",
      ])
      expect(
        ExchangeSearchParams.strict().safeParse({ fields: "id" }).success
      ).toEqual(false)
    })

    it("refuses any order on a list with a fixed order", () => {
      const fixed = listParams({ limit: 50, sortable: [] })
      expect(messages(fixed, { order: "created_at" })).toEqual([
        "order: this list has a fixed order",
      ])
    })
  })
})

describe("rejectBadInput", () => {
  const run = (req: Record<string, unknown>) => {
    let error: any = "not called"
    rejectBadInput(
      { originalUrl: "/admin/loyalty/tiers", query: {}, ...req } as any,
      {} as any,
      (e?: unknown) => {
        error = e
      }
    )
    return error?.message
  }

  it("passes clean input through", () => {
    expect(
      run({ query: { limit: "50" }, body: { name: "Gold", a: [{ b: 1 }] } })
    ).toBeUndefined()
  })

  it.each([
    [{ originalUrl: "/admin/loyalty/tiers/ltier_1%00" }, /path .*NUL/],
    [{ originalUrl: "/admin/loyalty/tiers/%E0%A4%A" }, /URL encoding/],
    [{ query: { q: "a\u0000b" } }, /^q must not contain a NUL/],
    [{ body: { items: [{ note: "a\u0000" }] } }, /^items\.0\.note must not/],
    [{ query: { limit: "-1" } }, /^limit must be a whole number from 0/],
    [{ query: { limit: ["1", "2"] } }, /^limit/],
    [{ query: { offset: "1.5" } }, /^offset/],
  ])("refuses %j", (req, message) => {
    expect(run(req)).toMatch(message)
  })

  it("refuses bodies nested past 16 levels without recursing", () => {
    let deep: unknown = "x"
    for (let i = 0; i < 100_000; i++) {
      deep = { a: deep }
    }
    expect(run({ body: { benefits: deep } })).toMatch(
      /^benefits(\.a)* nests too deep \(at most 16 levels\)$/
    )
  })
})
