import { orderDeliveredAt, returnWindow, returnWindowClosesAt } from "../dates"
import { DEFAULT_POLICY_TERMS } from "../defaults"
import {
  applicablePolicy,
  BUILTIN_POLICY,
  BUILTIN_POLICY_NAME,
  isBuiltinPolicy,
} from "../policy"
import { makePolicy } from "./fixtures"

describe("applicablePolicy", () => {
  const gold = makePolicy({ id: "rpol_gold", tier_id: "tier_gold" })
  const silver = makePolicy({ id: "rpol_silver", tier_id: "tier_silver" })
  const fallback = makePolicy({ id: "rpol_default", tier_id: null })

  it("takes the customer's tier's policy", () => {
    expect(applicablePolicy([fallback, silver, gold], "tier_gold").id).toEqual(
      "rpol_gold"
    )
  })

  it("takes the default policy for a tier without one, or no tier", () => {
    expect(applicablePolicy([gold, fallback], "tier_bronze").id).toEqual(
      "rpol_default"
    )
    expect(applicablePolicy([gold, fallback], null).id).toEqual("rpol_default")
  })

  it("never hands a customer without a tier another tier's policy", () => {
    expect(applicablePolicy([gold, silver], null)).toBe(BUILTIN_POLICY)
  })

  it("falls back to the built-in policy: 30 days, every request reviewed", () => {
    const policy = applicablePolicy([], "tier_gold")
    expect(policy).toEqual(
      expect.objectContaining({
        id: "builtin_default",
        version: 0,
        tier_id: null,
        return_window_days: 30,
        auto_approve_max_amount: null,
        free_return_shipping: false,
        restocking_fee_percent: 0,
        period_days: 365,
      })
    )
    expect(isBuiltinPolicy(policy)).toBe(true)
    expect(isBuiltinPolicy(gold)).toBe(false)
    expect(BUILTIN_POLICY_NAME).toEqual(
      "Built-in default (30 days, always reviewed)"
    )
  })

  it("builds the built-in policy from the shared default terms", () => {
    expect(BUILTIN_POLICY).toEqual(
      expect.objectContaining({
        ...DEFAULT_POLICY_TERMS,
        excluded_product_tags: [],
        excluded_category_ids: [],
      })
    )
  })
})

describe("returnWindowClosesAt", () => {
  const policy = { return_window_days: 30 }
  const order = (delivered_at: Date) => ({
    created_at: new Date("2026-08-28T09:00:00.000Z"),
    delivered_at,
  })

  it("is the start of the day after the deadline, whatever the delivery hour", () => {
    for (const hour of ["00:00:00.000", "13:45:00.000", "23:59:59.999"]) {
      expect(
        returnWindowClosesAt(policy, new Date(`2026-09-01T${hour}Z`))
      ).toEqual(new Date("2026-10-02T00:00:00.000Z"))
    }
  })

  it("is the first instant returnWindow calls the window closed", () => {
    const delivered = new Date("2026-09-01T17:30:00.000Z")
    const closes = returnWindowClosesAt(policy, delivered)
    expect(returnWindow(policy, order(delivered), closes).open).toBe(false)
    expect(
      returnWindow(policy, order(delivered), new Date(closes.getTime() - 1))
        .open
    ).toBe(true)
  })

  it("closes at the end of the delivery day with a zero-day window", () => {
    expect(
      returnWindowClosesAt(
        { return_window_days: 0 },
        new Date("2026-09-01T08:00:00.000Z")
      )
    ).toEqual(new Date("2026-09-02T00:00:00.000Z"))
  })
})

describe("orderDeliveredAt", () => {
  it("is the earliest delivery of a fulfillment not canceled", () => {
    expect(
      orderDeliveredAt([
        { delivered_at: "2026-09-03T10:00:00.000Z", canceled_at: null },
        {
          delivered_at: "2026-09-01T10:00:00.000Z",
          canceled_at: "2026-09-02T00:00:00.000Z",
        },
        null,
        { delivered_at: new Date("2026-09-02T08:00:00.000Z") },
        { delivered_at: null },
      ])
    ).toEqual(new Date("2026-09-02T08:00:00.000Z"))
  })

  it("is null before any delivery", () => {
    expect(orderDeliveredAt([{ delivered_at: null }])).toBeNull()
    expect(orderDeliveredAt([])).toBeNull()
    expect(orderDeliveredAt(undefined)).toBeNull()
  })
})
