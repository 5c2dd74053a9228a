import { evaluateReturn } from "../evaluate"
import { lineEligibility } from "../eligibility"
import type { OrderLineSnapshot, OrderSnapshot } from "../types"
import {
  BOOTS,
  GIFT,
  makeInput,
  makeOrder,
  makePolicy,
  NOW,
  SOCKS,
  SWEATER,
  TEE,
} from "./fixtures"

const policy = makePolicy()

describe("lineEligibility", () => {
  it.each<
    [
      string,
      OrderSnapshot,
      OrderLineSnapshot,
      string,
      number,
      string,
      number,
      string | null,
    ]
  >([
    [
      "a plain line",
      makeOrder(),
      SWEATER,
      NOW.toISOString(),
      1,
      "2026-10-01",
      21,
      null,
    ],
    [
      "part of a line",
      makeOrder(),
      { ...SOCKS, returnable_quantity: 2 },
      NOW.toISOString(),
      2,
      "2026-10-01",
      21,
      null,
    ],
    [
      "a free gift",
      makeOrder(),
      GIFT,
      NOW.toISOString(),
      1,
      "2026-10-01",
      21,
      null,
    ],
    [
      "on the deadline day",
      makeOrder(),
      SWEATER,
      "2026-10-01T23:59:59.999Z",
      1,
      "2026-10-01",
      0,
      null,
    ],
    [
      "the day after the deadline",
      makeOrder(),
      SWEATER,
      "2026-10-02T00:00:00.000Z",
      0,
      "2026-10-01",
      0,
      "return window ended on 2026-10-01 (30 days from delivery)",
    ],
    [
      "an order never delivered",
      makeOrder({ delivered_at: null }),
      SWEATER,
      "2026-09-28T00:00:00.000Z",
      0,
      "2026-09-27",
      0,
      "return window ended on 2026-09-27 (30 days from the order date)",
    ],
    [
      "a line returned already",
      makeOrder(),
      { ...SOCKS, returnable_quantity: 0 },
      NOW.toISOString(),
      0,
      "2026-10-01",
      21,
      "nothing left to return (all 3 returned or requested)",
    ],
    [
      "a line not shipped yet (an exchange's new item)",
      makeOrder(),
      { ...SOCKS, returnable_quantity: 0, unshipped_quantity: 3 },
      NOW.toISOString(),
      0,
      "2026-10-01",
      21,
      "not shipped yet: it can be returned once delivered",
    ],
    [
      "a line partly not shipped, the shipped units returned",
      makeOrder(),
      { ...SOCKS, returnable_quantity: 0, unshipped_quantity: 1 },
      NOW.toISOString(),
      0,
      "2026-10-01",
      21,
      "1 of 3 not shipped yet: they can be returned once delivered",
    ],
    [
      "a returnable quantity above the ordered one",
      makeOrder(),
      { ...SOCKS, returnable_quantity: 7 },
      NOW.toISOString(),
      3,
      "2026-10-01",
      21,
      null,
    ],
    [
      "a final-sale tag",
      makeOrder(),
      TEE,
      NOW.toISOString(),
      0,
      "2026-10-01",
      21,
      'final sale (tagged "Final-Sale")',
    ],
    [
      "a final-sale category",
      makeOrder(),
      BOOTS,
      NOW.toISOString(),
      0,
      "2026-10-01",
      21,
      "final sale (category pcat_clearance)",
    ],
    [
      "a canceled order",
      makeOrder({ canceled: true }),
      SWEATER,
      NOW.toISOString(),
      0,
      "2026-10-01",
      21,
      "the order is canceled",
    ],
  ])("%s", (_, order, line, now, returnable, deadline, daysLeft, reason) => {
    expect(lineEligibility(policy, order, line, new Date(now))).toEqual({
      returnable_quantity: returnable,
      deadline,
      days_left: daysLeft,
      eligible: reason === null,
      reason,
    })
  })

  it("gives the first reason in rule order", () => {
    const result = lineEligibility(
      policy,
      makeOrder({ canceled: true }),
      { ...TEE, returnable_quantity: 0 },
      new Date("2027-01-01T00:00:00.000Z")
    )
    expect(result.reason).toEqual("the order is canceled")
  })

  describe("agrees with evaluateReturn", () => {
    const lines = [
      SWEATER,
      SOCKS,
      GIFT,
      TEE,
      BOOTS,
      { ...SOCKS, id: "li_gone", returnable_quantity: 0 },
    ]
    const nows = [
      "2026-08-28T10:00:00.000Z",
      "2026-10-01T23:59:59.999Z",
      "2026-10-02T00:00:00.000Z",
    ]
    const orders = [
      makeOrder({ lines }),
      makeOrder({ lines, delivered_at: null }),
      makeOrder({ lines, canceled: true }),
    ]
    const cases = orders.flatMap((order) =>
      nows.flatMap((now) => lines.map((line) => [order, line, now] as const))
    )

    it.each(cases)("case %#", (order, line, now) => {
      const eligibility = lineEligibility(policy, order, line, new Date(now))
      const evaluation = evaluateReturn(
        makeInput({
          order,
          now: new Date(now),
          items: [
            {
              line_item_id: line.id,
              quantity: 1,
              reason_code: "changed_mind",
            },
          ],
        })
      )
      expect(evaluation.items[0]).toMatchObject({
        eligible: eligibility.eligible,
        deadline: eligibility.deadline,
        days_left: eligibility.days_left,
      })
      if (eligibility.reason) {
        expect(evaluation.items[0].reasons[0]).toEqual(eligibility.reason)
      }
    })
  })
})
