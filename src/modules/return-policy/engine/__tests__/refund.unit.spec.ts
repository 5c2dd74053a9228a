import { computeRefund, restockingFeePercent } from "../refund"
import type { ItemCondition } from "../types"
import { makeLine, SOCKS } from "./fixtures"

const policy = {
  free_return_shipping: true,
  restocking_fee_percent: 0,
  store_credit_bonus_percent: 0,
}

const refundOf = (
  line = SOCKS,
  quantity = 1,
  overrides: Partial<typeof policy> = {}
) =>
  computeRefund({
    currency_code: "eur",
    policy: { ...policy, ...overrides },
    items: [{ line, quantity }],
    return_shipping: { amount: 0 },
    refund_method: "original_payment",
  })

describe("restockingFeePercent", () => {
  it.each<
    [number, number | null | undefined, ItemCondition | undefined, number]
  >([
    [10, null, undefined, 10],
    [10, undefined, "new", 10],
    [10, 5, "opened", 5],
    [10, 0, "damaged", 0],
    [10, 25, "defective", 0],
    [150, null, undefined, 100],
    [-5, null, undefined, 0],
    [10, NaN, undefined, 0],
  ])(
    "policy %p, override %p, %p: %p",
    (policyPct, override, condition, expected) => {
      expect(restockingFeePercent(policyPct, override, condition)).toEqual(
        expected
      )
    }
  )
})

describe("computeRefund", () => {
  it.each([
    ["0", 0],
    ["1.5", 1.5],
    ["more than returnable", 4],
  ])("throws a RangeError for a quantity of %s", (_, quantity) => {
    expect(() => refundOf(SOCKS, quantity)).toThrow(RangeError)
  })

  it("splits every amount of the line, remainder to the later units", () => {
    const first = refundOf(SOCKS, 1).items[0]
    const rest = refundOf({ ...SOCKS, returnable_quantity: 2 }, 2).items[0]
    expect([first.subtotal, first.tax_total, first.total]).toEqual([
      3.33, 0.56, 3.33,
    ])
    expect([rest.subtotal, rest.tax_total, rest.total]).toEqual([
      6.67, 1.11, 6.67,
    ])
  })

  it("rounds a half cent away from 0", () => {
    expect(refundOf(makeLine({ total: 1.005 })).items_total).toEqual(1.01)
  })

  it("rounds the restocking fee per item", () => {
    // 15% of 3.33 is 0.4995.
    expect(refundOf(SOCKS, 1, { restocking_fee_percent: 15 })).toMatchObject({
      restocking_fee_total: 0.5,
      refund_total: 2.83,
    })
  })

  it("rounds the store-credit bonus on the refund", () => {
    expect(
      computeRefund({
        currency_code: "eur",
        policy: { ...policy, store_credit_bonus_percent: 5 },
        items: [{ line: SOCKS, quantity: 1 }],
        return_shipping: { amount: 0 },
        refund_method: "store_credit",
      })
    ).toMatchObject({
      refund_total: 3.33,
      // 5% of 3.33 is 0.1665.
      store_credit_bonus: 0.17,
      credited_total: 3.5,
    })
  })
})
