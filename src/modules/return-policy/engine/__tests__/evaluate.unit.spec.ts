import { evaluateReturn } from "../evaluate"
import type {
  EvaluateReturnInput,
  ItemCondition,
  RequestedItem,
  ReturnEvaluation,
} from "../types"
import {
  GIFT,
  makeInput,
  makeLine,
  makeOrder,
  makePolicy,
  SCARF,
  SOCKS,
  SWEATER,
} from "./fixtures"

const item = (
  line_item_id: string,
  quantity = 1,
  reason_code = "changed_mind",
  extra: Partial<RequestedItem> = {}
): RequestedItem => ({ line_item_id, quantity, reason_code, ...extra })

const failing = (evaluation: ReturnEvaluation) =>
  evaluation.rules.filter((r) => !r.passed).map((r) => r.rule)

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === "object" && !(value instanceof Date)) {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

describe("evaluateReturn", () => {
  describe("a plain return", () => {
    const evaluation = evaluateReturn(makeInput())

    it("is auto-approved with every rule reported in rule order", () => {
      expect(evaluation.outcome).toEqual("auto_approve")
      expect(evaluation.reasons).toEqual([])
      expect(evaluation.rules).toEqual([
        {
          rule: "order_not_canceled",
          passed: true,
          detail: "the order is not canceled",
          effect: "reject",
          line_item_id: null,
        },
        {
          rule: "items_requested",
          passed: true,
          detail: "1 item requested",
          effect: "reject",
          line_item_id: null,
        },
        {
          rule: "line_exists",
          passed: true,
          detail: '"Merino sweater": item of the order',
          effect: "reject",
          line_item_id: "li_sweater",
        },
        {
          rule: "quantity",
          passed: true,
          detail: '"Merino sweater": 1 of 1 returnable',
          effect: "reject",
          line_item_id: "li_sweater",
        },
        {
          rule: "return_window",
          passed: true,
          detail:
            '"Merino sweater": return window open until 2026-10-01 (21 days left)',
          effect: "reject",
          line_item_id: "li_sweater",
        },
        {
          rule: "final_sale",
          passed: true,
          detail: '"Merino sweater": not final sale',
          effect: "reject",
          line_item_id: "li_sweater",
        },
        {
          rule: "reason_code",
          passed: true,
          detail: '"Merino sweater": reason "Changed my mind"',
          effect: "reject",
          line_item_id: "li_sweater",
        },
        {
          rule: "evidence",
          passed: true,
          detail: '"Merino sweater": no evidence needed',
          effect: "reject",
          line_item_id: "li_sweater",
        },
        {
          rule: "reason_review",
          passed: true,
          detail: '"Merino sweater": reason "Changed my mind" needs no review',
          effect: "review",
          line_item_id: "li_sweater",
        },
        {
          rule: "condition",
          passed: true,
          detail: '"Merino sweater": condition not stated',
          effect: "review",
          line_item_id: "li_sweater",
        },
        {
          rule: "max_returns_per_period",
          passed: true,
          detail: "no limit on returns per period",
          effect: "review",
          line_item_id: null,
        },
        {
          rule: "return_rate_ceiling",
          passed: true,
          detail: "no return rate ceiling",
          effect: "review",
          line_item_id: null,
        },
        {
          rule: "auto_approve_amount",
          passed: true,
          detail: "refund €120.00 is within the auto-approval limit of €200.00",
          effect: "review",
          line_item_id: null,
        },
      ])
    })

    it("describes the item and the refund", () => {
      expect(evaluation.items).toEqual([
        {
          line_item_id: "li_sweater",
          title: "Merino sweater",
          quantity: 1,
          eligible: true,
          deadline: "2026-10-01",
          days_left: 21,
          restocking_fee: 0,
          refund_estimate: 120,
          reasons: [],
        },
      ])
      expect(evaluation.refund).toEqual({
        currency_code: "eur",
        items: [
          {
            line_item_id: "li_sweater",
            quantity: 1,
            unit_price: 100,
            subtotal: 100,
            discount_total: 0,
            tax_total: 20,
            total: 120,
            restocking_fee: 0,
          },
        ],
        items_total: 120,
        restocking_fee_total: 0,
        return_shipping: 0,
        refund_total: 120,
        store_credit_bonus: 0,
        credited_total: 120,
      })
      expect(evaluation.policy).toEqual({ id: "rpol_vip", version: 3 })
      expect(evaluation.tier).toEqual({ id: "tier_gold", name: "Gold" })
      expect(evaluation.free_return_shipping).toEqual(true)
    })
  })

  describe("return_window", () => {
    it.each([
      ["nine days after delivery", "2026-09-10T12:00:00.000Z", 21],
      ["the day before the deadline", "2026-09-30T23:59:59.999Z", 1],
      ["the deadline day, first millisecond", "2026-10-01T00:00:00.000Z", 0],
      ["the deadline day, last millisecond", "2026-10-01T23:59:59.999Z", 0],
    ])("allows a return %s", (_, now, daysLeft) => {
      const evaluation = evaluateReturn(makeInput({ now: new Date(now) }))
      expect(evaluation.outcome).toEqual("auto_approve")
      expect(evaluation.items[0]).toMatchObject({
        eligible: true,
        deadline: "2026-10-01",
        days_left: daysLeft,
      })
    })

    it("says when the deadline day has come", () => {
      const evaluation = evaluateReturn(
        makeInput({ now: new Date("2026-10-01T08:00:00.000Z") })
      )
      expect(
        evaluation.rules.find((r) => r.rule === "return_window")?.detail
      ).toEqual('"Merino sweater": last day of the return window (2026-10-01)')
    })

    it.each([
      ["the day after the deadline", "2026-10-02T00:00:00.000Z"],
      ["months later", "2027-01-15T12:00:00.000Z"],
    ])("rejects a return %s", (_, now) => {
      const evaluation = evaluateReturn(makeInput({ now: new Date(now) }))
      expect(evaluation.outcome).toEqual("reject")
      expect(evaluation.reasons).toEqual([
        '"Merino sweater": return window ended on 2026-10-01 (30 days from delivery)',
      ])
      expect(evaluation.items[0]).toMatchObject({
        eligible: false,
        deadline: "2026-10-01",
        days_left: 0,
        refund_estimate: 0,
        reasons: ["return window ended on 2026-10-01 (30 days from delivery)"],
      })
      expect(evaluation.refund.refund_total).toEqual(0)
      expect(evaluation.refund.items).toEqual([])
    })

    it.each([
      ["late on the day, UTC", "2026-09-01T23:59:59.000Z", "2026-10-01"],
      // 23:30 in New York is already the next day in UTC.
      [
        "late on the day, New York",
        "2026-09-01T23:30:00.000-05:00",
        "2026-10-02",
      ],
    ])("counts calendar days in UTC for a delivery %s", (_, at, deadline) => {
      const evaluation = evaluateReturn(
        makeInput({ order: makeOrder({ delivered_at: new Date(at) }) })
      )
      expect(evaluation.items[0].deadline).toEqual(deadline)
    })

    it.each([
      ["on the last day", "2026-09-27T23:00:00.000Z", "auto_approve", []],
      [
        "on the day after",
        "2026-09-28T00:00:00.000Z",
        "reject",
        [
          '"Merino sweater": return window ended on 2026-09-27 (30 days from the order date)',
        ],
      ],
    ])(
      "counts from the order date when never delivered: %s",
      (_, now, outcome, reasons) => {
        const evaluation = evaluateReturn(
          makeInput({
            order: makeOrder({ delivered_at: null }),
            now: new Date(now),
          })
        )
        expect(evaluation.outcome).toEqual(outcome)
        expect(evaluation.reasons).toEqual(reasons)
        expect(evaluation.items[0].deadline).toEqual("2026-09-27")
      }
    )

    it("uses the policy's window length", () => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ return_window_days: 1 }),
          now: new Date("2026-09-03T00:00:00.000Z"),
        })
      )
      expect(evaluation.reasons).toEqual([
        '"Merino sweater": return window ended on 2026-09-02 (1 day from delivery)',
      ])
    })
  })

  describe("refund", () => {
    it("refunds the paid share of a discounted line", () => {
      const evaluation = evaluateReturn(
        makeInput({ items: [item("li_scarf")] })
      )
      expect(evaluation.refund.items).toEqual([
        {
          line_item_id: "li_scarf",
          quantity: 1,
          unit_price: 50,
          subtotal: 50,
          discount_total: 10,
          tax_total: 8,
          total: 48,
          restocking_fee: 0,
        },
      ])
      expect(evaluation.refund.refund_total).toEqual(48)
    })

    it("makes a free gift eligible for a refund of 0", () => {
      const evaluation = evaluateReturn(makeInput({ items: [item("li_gift")] }))
      expect(evaluation.outcome).toEqual("auto_approve")
      expect(evaluation.items[0]).toMatchObject({
        eligible: true,
        refund_estimate: 0,
      })
      expect(evaluation.refund).toMatchObject({
        items_total: 0,
        return_shipping: 0,
        refund_total: 0,
        credited_total: 0,
      })
    })

    it.each([
      ["the first", 3, 3.33],
      ["the second", 2, 3.34],
      ["the last", 1, 3.33],
    ])(
      "splits 10.00 over 3 single returns: %s refunds %d",
      (_, returnable, expected) => {
        const socks = { ...SOCKS, returnable_quantity: returnable }
        const evaluation = evaluateReturn(
          makeInput({
            order: makeOrder({ lines: [socks] }),
            items: [item("li_socks")],
          })
        )
        expect(evaluation.refund.items_total).toEqual(expected)
        expect(evaluation.items[0].refund_estimate).toEqual(expected)
      }
    )

    it.each([
      [3, 2, 6.67],
      [3, 3, 10],
      [1, 1, 3.33],
    ])(
      "refunds %d returnable socks, %d requested: %d",
      (returnable, quantity, expected) => {
        const socks = { ...SOCKS, returnable_quantity: returnable }
        const evaluation = evaluateReturn(
          makeInput({
            order: makeOrder({ lines: [socks] }),
            items: [item("li_socks", quantity)],
          })
        )
        expect(evaluation.outcome).toEqual("auto_approve")
        expect(evaluation.refund.refund_total).toEqual(expected)
      }
    )

    it("refunds what was paid whether prices include tax or not", () => {
      const inclusive = makeLine({
        id: "li_incl",
        title: "Inclusive",
        unit_price: 12,
        subtotal: 12,
        tax_total: 2,
        total: 12,
        is_tax_inclusive: true,
      })
      const exclusive = makeLine({
        id: "li_excl",
        title: "Exclusive",
        unit_price: 10,
        subtotal: 10,
        tax_total: 2,
        total: 12,
        is_tax_inclusive: false,
      })
      const evaluation = evaluateReturn(
        makeInput({
          order: makeOrder({ lines: [inclusive, exclusive] }),
          items: [item("li_incl"), item("li_excl")],
        })
      )
      expect(
        evaluation.refund.items.map((i) => [i.unit_price, i.tax_total, i.total])
      ).toEqual([
        [12, 2, 12],
        [10, 2, 12],
      ])
      expect(evaluation.refund.refund_total).toEqual(24)
    })

    it.each<[string, RequestedItem, number, number, string]>([
      ["the policy's fee", item("li_sweater"), 12, 108, "auto_approve"],
      [
        "a reason's override",
        item("li_sweater", 1, "wrong_size"),
        6,
        114,
        "auto_approve",
      ],
      [
        "a reason's override of 0",
        item("li_sweater", 1, "arrived_damaged", { has_evidence: true }),
        0,
        120,
        "review",
      ],
      [
        "no fee for a defective item",
        item("li_sweater", 1, "changed_mind", { condition: "defective" }),
        0,
        120,
        "review",
      ],
      [
        "no fee for a defective item despite an override",
        item("li_sweater", 1, "wrong_size", { condition: "defective" }),
        0,
        120,
        "review",
      ],
      [
        "the fee for an opened item",
        item("li_sweater", 1, "changed_mind", { condition: "opened" }),
        12,
        108,
        "auto_approve",
      ],
    ])("restocking fee of 10%%: %s", (_, requested, fee, refund, outcome) => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ restocking_fee_percent: 10 }),
          items: [requested],
        })
      )
      expect(evaluation.outcome).toEqual(outcome)
      expect(evaluation.refund.restocking_fee_total).toEqual(fee)
      expect(evaluation.refund.refund_total).toEqual(refund)
      expect(evaluation.items[0].restocking_fee).toEqual(fee)
      expect(evaluation.items[0].refund_estimate).toEqual(refund)
    })

    it.each<[string, string, boolean, number, number, number]>([
      ["free return shipping", "li_sweater", true, 7.5, 0, 120],
      ["shipping deducted", "li_sweater", false, 7.5, 7.5, 112.5],
      ["shipping capped at the refund", "li_gift", false, 7.5, 0, 0],
      ["shipping capped at a small refund", "li_small", false, 7.5, 5, 0],
      ["negative shipping ignored", "li_sweater", false, -3, 0, 120],
    ])("%s", (_, lineId, free, amount, shipping, refund) => {
      const small = makeLine({ id: "li_small", title: "Small", total: 5 })
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ free_return_shipping: free }),
          order: makeOrder({ lines: [SWEATER, GIFT, small] }),
          items: [item(lineId)],
          return_shipping: { amount },
        })
      )
      expect(evaluation.refund.return_shipping).toEqual(shipping)
      expect(evaluation.refund.refund_total).toEqual(refund)
      expect(evaluation.free_return_shipping).toEqual(free)
    })

    it("deducts shipping once per request, after restocking fees", () => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({
            free_return_shipping: false,
            restocking_fee_percent: 10,
          }),
          items: [item("li_sweater"), item("li_scarf")],
        })
      )
      // (120 + 48) - (12 + 4.80) - 7.50
      expect(evaluation.refund).toMatchObject({
        items_total: 168,
        restocking_fee_total: 16.8,
        return_shipping: 7.5,
        refund_total: 143.7,
      })
    })

    it.each<[string, "store_credit" | "original_payment", boolean, number[]]>([
      ["store credit", "store_credit", true, [120, 12, 132]],
      [
        "store credit after shipping",
        "store_credit",
        false,
        [112.5, 11.25, 123.75],
      ],
      ["the original payment", "original_payment", true, [120, 0, 120]],
    ])(
      "adds the 10%% bonus when refunding to %s",
      (_, method, freeShipping, [refund, bonus, credited]) => {
        const evaluation = evaluateReturn(
          makeInput({
            policy: makePolicy({
              store_credit_bonus_percent: 10,
              free_return_shipping: freeShipping,
            }),
            refund_method: method,
          })
        )
        expect(evaluation.refund).toMatchObject({
          refund_total: refund,
          store_credit_bonus: bonus,
          credited_total: credited,
        })
      }
    )
  })

  describe("auto_approve_amount", () => {
    it.each<[string, number | null, number, string, string[]]>([
      ["exactly the maximum", 120, 120, "auto_approve", []],
      [
        "one cent more",
        120,
        120.01,
        "review",
        ["refund €120.01 is above the auto-approval limit of €120.00"],
      ],
      ["one cent less", 120, 119.99, "auto_approve", []],
      [
        "no maximum",
        null,
        120,
        "review",
        ["refund €120.00: the policy never auto-approves"],
      ],
      [
        "no maximum, nothing to refund",
        null,
        0,
        "review",
        ["refund €0.00: the policy never auto-approves"],
      ],
      ["a maximum of 0, nothing to refund", 0, 0, "auto_approve", []],
    ])("%s", (_, max, total, outcome, reasons) => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ auto_approve_max_amount: max }),
          order: makeOrder({ lines: [makeLine({ total })] }),
        })
      )
      expect(evaluation.outcome).toEqual(outcome)
      expect(evaluation.reasons).toEqual(reasons)
    })

    it("compares cents, not floating point sums", () => {
      const a = makeLine({ id: "li_a", title: "A", total: 0.1 })
      const b = makeLine({ id: "li_b", title: "B", total: 0.2 })
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ auto_approve_max_amount: 0.3 }),
          order: makeOrder({ lines: [a, b] }),
          items: [item("li_a"), item("li_b")],
        })
      )
      expect(evaluation.refund.refund_total).toEqual(0.3)
      expect(evaluation.outcome).toEqual("auto_approve")
    })

    it("compares the refund after fees and shipping", () => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({
            auto_approve_max_amount: 112.5,
            free_return_shipping: false,
          }),
        })
      )
      expect(evaluation.outcome).toEqual("auto_approve")
    })
  })

  describe("max_returns_per_period", () => {
    it.each<[number | null, number, string, string[]]>([
      [null, 50, "auto_approve", []],
      [3, 2, "auto_approve", []],
      [
        3,
        3,
        "review",
        ["3 returns in the last 30 days; the policy allows 3 without review"],
      ],
      [
        0,
        0,
        "review",
        ["0 returns in the last 30 days; the policy allows 0 without review"],
      ],
    ])("max %p, %p returns so far: %s", (max, past, outcome, reasons) => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ max_returns_per_period: max }),
          history: {
            returns_in_period: past,
            items_ordered: 10,
            items_returned: 0,
          },
        })
      )
      expect(evaluation.outcome).toEqual(outcome)
      expect(evaluation.reasons).toEqual(reasons)
    })
  })

  describe("return_rate_ceiling", () => {
    it.each<[string, number | null, number, number, string, string[]]>([
      ["no ceiling", null, 1, 1, "auto_approve", []],
      ["exactly the ceiling", 0.25, 20, 4, "auto_approve", []],
      [
        "above the ceiling",
        0.25,
        20,
        5,
        "review",
        ["6 of 20 items ordered returned with this request (30%); ceiling 25%"],
      ],
      [
        "no history: this order's 9 units count",
        0.1,
        0,
        0,
        "review",
        [
          "1 of 9 items ordered returned with this request (11.1%); ceiling 10%",
        ],
      ],
      ["no history, under the ceiling", 0.2, 0, 0, "auto_approve", []],
    ])("%s", (_, ceiling, ordered, returned, outcome, reasons) => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ return_rate_ceiling: ceiling }),
          history: {
            returns_in_period: 0,
            items_ordered: ordered,
            items_returned: returned,
          },
        })
      )
      expect(evaluation.outcome).toEqual(outcome)
      expect(evaluation.reasons).toEqual(reasons)
    })

    it("counts only the eligible items of the request", () => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ return_rate_ceiling: 0.5 }),
          items: [item("li_socks", 3), item("li_tee")],
          history: {
            returns_in_period: 0,
            items_ordered: 10,
            items_returned: 0,
          },
        })
      )
      expect(
        evaluation.rules.find((r) => r.rule === "return_rate_ceiling")
      ).toMatchObject({
        passed: true,
        detail:
          "3 of 10 items ordered returned with this request (30%); ceiling 50%",
      })
    })
  })

  describe("final_sale", () => {
    it.each([
      [
        "a tag, whatever its case",
        "li_tee",
        ["final-sale"],
        ['"Linen tee": final sale (tagged "Final-Sale")'],
      ],
      [
        "a policy tag with spaces and capitals",
        "li_tee",
        [" FINAL-SALE "],
        ['"Linen tee": final sale (tagged "Final-Sale")'],
      ],
      [
        "a category",
        "li_boots",
        [],
        ['"Rain boots": final sale (category pcat_clearance)'],
      ],
    ])("rejects a line excluded by %s", (_, lineId, tags, reasons) => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ excluded_product_tags: tags }),
          items: [item(lineId)],
        })
      )
      expect(evaluation.outcome).toEqual("reject")
      expect(evaluation.reasons).toEqual(reasons)
    })

    it("compares category ids exactly", () => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ excluded_category_ids: ["PCAT_CLEARANCE"] }),
          items: [item("li_boots")],
        })
      )
      expect(evaluation.outcome).toEqual("auto_approve")
    })

    it("excludes nothing when the policy lists nothing", () => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({
            excluded_product_tags: [],
            excluded_category_ids: [],
          }),
          items: [item("li_tee"), item("li_boots")],
        })
      )
      expect(evaluation.outcome).toEqual("auto_approve")
    })
  })

  describe("reason_code, evidence and reason_review", () => {
    it.each([
      ["unknown", "nope", '"Merino sweater": unknown return reason "nope"'],
      [
        "inactive",
        "legacy",
        '"Merino sweater": reason "Old reason" is no longer accepted',
      ],
    ])("rejects an %s reason code", (_, code, reason) => {
      const evaluation = evaluateReturn(
        makeInput({ items: [item("li_sweater", 1, code)] })
      )
      expect(evaluation.outcome).toEqual("reject")
      expect(evaluation.reasons).toEqual([reason])
      // Nothing to say about the evidence or review of a reason not offered.
      expect(
        evaluation.rules.filter((r) =>
          ["evidence", "reason_review"].includes(r.rule)
        )
      ).toEqual([])
    })

    it.each<[string, boolean | undefined, string, string[]]>([
      [
        "missing",
        undefined,
        "reject",
        [
          '"Merino sweater": reason "Arrived damaged" needs photos or other evidence',
          '"Merino sweater": reason "Arrived damaged" is always reviewed by staff',
        ],
      ],
      [
        "declined",
        false,
        "reject",
        [
          '"Merino sweater": reason "Arrived damaged" needs photos or other evidence',
          '"Merino sweater": reason "Arrived damaged" is always reviewed by staff',
        ],
      ],
      [
        "provided",
        true,
        "review",
        [
          '"Merino sweater": reason "Arrived damaged" is always reviewed by staff',
        ],
      ],
    ])("evidence %s", (_, hasEvidence, outcome, reasons) => {
      const evaluation = evaluateReturn(
        makeInput({
          items: [
            item("li_sweater", 1, "arrived_damaged", {
              has_evidence: hasEvidence,
            }),
          ],
        })
      )
      expect(evaluation.outcome).toEqual(outcome)
      expect(evaluation.reasons).toEqual(reasons)
      expect(failing(evaluation)).toEqual(
        hasEvidence ? ["reason_review"] : ["evidence", "reason_review"]
      )
    })
  })

  describe("condition", () => {
    it.each<[ItemCondition | undefined, string, string[]]>([
      [undefined, "auto_approve", []],
      ["new", "auto_approve", []],
      ["opened", "auto_approve", []],
      [
        "damaged",
        "review",
        ['"Merino sweater": reported damaged: staff check the item'],
      ],
      [
        "defective",
        "review",
        [
          '"Merino sweater": reported defective (no restocking fee): staff confirm the fault',
        ],
      ],
    ])("%s: %s", (condition, outcome, reasons) => {
      const evaluation = evaluateReturn(
        makeInput({
          items: [item("li_sweater", 1, "changed_mind", { condition })],
        })
      )
      expect(evaluation.outcome).toEqual(outcome)
      expect(evaluation.reasons).toEqual(reasons)
      expect(evaluation.items[0].eligible).toEqual(true)
    })
  })

  describe("quantity", () => {
    it.each<[string, number, number, string]>([
      [
        "0",
        0,
        3,
        '"Wool socks": quantity 0 is not a whole number of at least 1',
      ],
      [
        "negative",
        -1,
        3,
        '"Wool socks": quantity -1 is not a whole number of at least 1',
      ],
      [
        "fractional",
        1.5,
        3,
        '"Wool socks": quantity 1.5 is not a whole number of at least 1',
      ],
      [
        "not a number",
        NaN,
        3,
        '"Wool socks": quantity NaN is not a whole number of at least 1',
      ],
      [
        "more than is left",
        2,
        1,
        '"Wool socks": 2 requested but only 1 of 3 left to return',
      ],
      [
        "more than was ordered",
        4,
        3,
        '"Wool socks": 4 requested but only 3 of 3 left to return',
      ],
      [
        "all already returned",
        1,
        0,
        '"Wool socks": nothing left to return (all 3 returned or requested)',
      ],
    ])("rejects %s", (_, quantity, returnable, reason) => {
      const evaluation = evaluateReturn(
        makeInput({
          order: makeOrder({
            lines: [{ ...SOCKS, returnable_quantity: returnable }],
          }),
          items: [item("li_socks", quantity)],
        })
      )
      expect(evaluation.outcome).toEqual("reject")
      expect(evaluation.reasons).toEqual([reason])
      expect(evaluation.items[0]).toMatchObject({
        eligible: false,
        restocking_fee: 0,
        refund_estimate: 0,
      })
      expect(evaluation.refund.items).toEqual([])
    })

    it("never trusts a returnable quantity above the ordered quantity", () => {
      const evaluation = evaluateReturn(
        makeInput({
          order: makeOrder({ lines: [{ ...SOCKS, returnable_quantity: 5 }] }),
          items: [item("li_socks", 4)],
        })
      )
      expect(evaluation.reasons).toEqual([
        '"Wool socks": 4 requested but only 3 of 3 left to return',
      ])
    })
  })

  describe("request rules", () => {
    it("rejects a request for a canceled order, every item included", () => {
      const evaluation = evaluateReturn(
        makeInput({
          order: makeOrder({ canceled: true }),
          items: [item("li_sweater"), item("li_scarf")],
        })
      )
      expect(evaluation.outcome).toEqual("reject")
      expect(evaluation.reasons).toEqual(["the order is canceled"])
      expect(evaluation.items.map((i) => [i.eligible, i.reasons])).toEqual([
        [false, ["the order is canceled"]],
        [false, ["the order is canceled"]],
      ])
      expect(evaluation.refund.refund_total).toEqual(0)
    })

    it("rejects a request without items", () => {
      const evaluation = evaluateReturn(makeInput({ items: [] }))
      expect(evaluation.outcome).toEqual("reject")
      expect(evaluation.reasons).toEqual(["no items requested"])
      expect(evaluation.items).toEqual([])
      expect(evaluation.refund).toMatchObject({
        items: [],
        refund_total: 0,
        return_shipping: 0,
      })
    })

    it("rejects a line requested more than once and refunds neither entry", () => {
      const evaluation = evaluateReturn(
        makeInput({
          items: [item("li_sweater"), item("li_socks"), item("li_sweater")],
        })
      )
      expect(evaluation.outcome).toEqual("reject")
      expect(evaluation.reasons).toEqual([
        '"Merino sweater" requested more than once',
      ])
      expect(evaluation.items.map((i) => [i.eligible, i.reasons])).toEqual([
        [false, ["requested more than once"]],
        [true, []],
        [false, ["requested more than once"]],
      ])
      expect(evaluation.refund.items.map((i) => i.line_item_id)).toEqual([
        "li_socks",
      ])
      expect(evaluation.refund.refund_total).toEqual(3.33)
    })

    it("rejects a line that is not in the order", () => {
      const evaluation = evaluateReturn(makeInput({ items: [item("li_nope")] }))
      expect(evaluation.outcome).toEqual("reject")
      expect(evaluation.reasons).toEqual([
        '"li_nope": not an item of order order_1',
      ])
      expect(evaluation.items[0]).toMatchObject({
        title: null,
        eligible: false,
        deadline: "2026-10-01",
      })
      // Quantity, window and final sale say nothing about an unknown line.
      expect(
        evaluation.rules
          .filter((r) => r.line_item_id === "li_nope")
          .map((r) => r.rule)
      ).toEqual([
        "line_exists",
        "reason_code",
        "evidence",
        "reason_review",
        "condition",
      ])
    })
  })

  describe("outcome", () => {
    it("rejects the whole request when one item is ineligible, refunding only the eligible ones", () => {
      const evaluation = evaluateReturn(
        makeInput({ items: [item("li_sweater"), item("li_tee")] })
      )
      expect(evaluation.outcome).toEqual("reject")
      expect(
        evaluation.items.map((i) => [i.eligible, i.refund_estimate])
      ).toEqual([
        [true, 120],
        [false, 0],
      ])
      expect(evaluation.refund.refund_total).toEqual(120)
    })

    it("rejects rather than reviews when both apply", () => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ auto_approve_max_amount: null }),
          items: [item("li_tee")],
        })
      )
      expect(evaluation.outcome).toEqual("reject")
      expect(failing(evaluation)).toEqual(["final_sale", "auto_approve_amount"])
    })

    it("lists reasons rule by rule, then item by item", () => {
      const evaluation = evaluateReturn(
        makeInput({
          items: [item("li_sweater", 1, "nope"), item("li_tee", 1, "nope")],
        })
      )
      expect(evaluation.reasons).toEqual([
        '"Linen tee": final sale (tagged "Final-Sale")',
        '"Merino sweater": unknown return reason "nope"',
        '"Linen tee": unknown return reason "nope"',
      ])
      expect(evaluation.items.map((i) => i.reasons)).toEqual([
        ['unknown return reason "nope"'],
        ['final sale (tagged "Final-Sale")', 'unknown return reason "nope"'],
      ])
    })

    it("reviews a multi-item request with one review rule failing", () => {
      const evaluation = evaluateReturn(
        makeInput({
          policy: makePolicy({ auto_approve_max_amount: 300 }),
          items: [
            item("li_sweater"),
            item("li_scarf", 2, "changed_mind", { condition: "damaged" }),
            item("li_gift"),
          ],
        })
      )
      expect(evaluation.outcome).toEqual("review")
      expect(evaluation.reasons).toEqual([
        '"Silk scarf": reported damaged: staff check the item',
      ])
      expect(evaluation.refund.refund_total).toEqual(216)
      expect(evaluation.items.every((i) => i.eligible)).toEqual(true)
    })

    it("reports no tier when there is none", () => {
      expect(evaluateReturn(makeInput({ tier: null })).tier).toBeNull()
    })
  })

  it("is deterministic and leaves its input alone", () => {
    const input: EvaluateReturnInput = deepFreeze(
      makeInput({
        policy: makePolicy({
          restocking_fee_percent: 10,
          max_returns_per_period: 1,
          return_rate_ceiling: 0.1,
        }),
        items: [
          item("li_sweater"),
          item("li_socks", 2, "arrived_damaged"),
          item("li_tee"),
          item("li_nope", 1, "legacy"),
        ],
      })
    )
    const first = evaluateReturn(input)
    expect(evaluateReturn(input)).toEqual(first)
    expect(first.items.map((i) => i.eligible)).toEqual([
      true,
      false,
      false,
      false,
    ])
  })

  it("has test fixtures that add up", () => {
    // Guards the fixtures the cases above rely on.
    expect(SCARF.subtotal - SCARF.discount_total + SCARF.tax_total).toEqual(
      SCARF.total
    )
    expect(SWEATER.subtotal + SWEATER.tax_total).toEqual(SWEATER.total)
  })
})
