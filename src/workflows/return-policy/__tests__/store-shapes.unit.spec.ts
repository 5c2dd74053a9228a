import {
  canCancelReturn,
  endOfUtcDay,
  matchReturnRefund,
  predictedOutcome,
  returnAddress,
  returnTimeline,
  sendBy,
  type TimelineDecision,
} from "../store-shapes"

const at = (minutes: number) =>
  new Date(Date.UTC(2026, 8, 1, 10, minutes)).toISOString()

const decision = (
  outcome: TimelineDecision["outcome"],
  decided_by_type: TimelineDecision["decided_by_type"],
  minutes: number,
  extra: Partial<TimelineDecision> = {}
): TimelineDecision => ({
  outcome,
  decided_by_type,
  note: null,
  reasons: [],
  created_at: at(minutes),
  ...extra,
})

describe("returnTimeline", () => {
  it("tells a reviewed, approved, received and refunded request in order, whatever order the rows come in", () => {
    const timeline = returnTimeline({
      created_at: at(0),
      created_by_type: "customer",
      decisions: [
        decision("completed", "system", 30),
        decision("approved", "admin", 20, { note: "Fine" }),
        decision("review", "policy", 0, {
          reasons: ["refund of €207.60 is above €100", "reason needs review"],
        }),
      ],
      refund: { amount: 207.6, created_at: at(40) },
    })
    expect(timeline).toEqual([
      {
        type: "requested",
        at: at(0),
        by: "customer",
        note: null,
        amount: null,
      },
      {
        type: "in_review",
        at: at(0),
        by: "policy",
        note: "refund of €207.60 is above €100; reason needs review",
        amount: null,
      },
      { type: "approved", at: at(20), by: "staff", note: "Fine", amount: null },
      { type: "received", at: at(30), by: "system", note: null, amount: null },
      { type: "refunded", at: at(40), by: "staff", note: null, amount: 207.6 },
    ])
  })

  it("keeps 'requested' first even when the policy's decision was stamped a moment earlier", () => {
    const timeline = returnTimeline({
      created_at: at(1),
      created_by_type: "admin",
      decisions: [decision("auto_approve", "policy", 0)],
    })
    expect(timeline.map((e) => [e.type, e.by])).toEqual([
      ["requested", "staff"],
      ["approved", "policy"],
    ])
  })

  it("credits store credit when it was issued, or at the receipt for older credits", () => {
    const base = {
      created_at: at(0),
      created_by_type: "customer" as const,
      decisions: [
        decision("auto_approve", "policy", 0),
        decision("completed", "system", 10),
      ],
    }
    expect(
      returnTimeline({
        ...base,
        store_credit: { amount: 33, issued_at: at(11) },
      }).slice(-1)
    ).toEqual([
      { type: "credited", at: at(11), by: "system", note: null, amount: 33 },
    ])
    expect(
      returnTimeline({ ...base, store_credit: { amount: 33 } }).slice(-1)[0].at
    ).toEqual(at(10))
  })

  it("a cancellation carries the customer's note; an approval without a note has none", () => {
    const timeline = returnTimeline({
      created_at: at(0),
      created_by_type: "customer",
      decisions: [
        decision("auto_approve", "policy", 0, { reasons: ["ignored"] }),
        decision("canceled", "customer", 5, { note: "Kept them" }),
      ],
    })
    expect(timeline.slice(1).map((e) => [e.type, e.by, e.note])).toEqual([
      ["approved", "policy", null],
      ["canceled", "customer", "Kept them"],
    ])
  })
})

describe("canCancelReturn", () => {
  it.each([
    ["pending_review", null, true],
    ["approved", "requested", true],
    ["approved", null, true],
    ["approved", "partially_received", false],
    ["approved", "received", false],
    ["completed", "received", false],
    ["rejected", null, false],
    ["canceled", "canceled", false],
  ] as const)("%s with a %s return: %s", (status, native, expected) => {
    expect(canCancelReturn(status, native)).toBe(expected)
  })
})

describe("sendBy", () => {
  it("is the end of the window's last day while approved and open", () => {
    expect(sendBy("approved", { deadline: "2026-10-01", open: true })).toEqual(
      "2026-10-01T23:59:59.999Z"
    )
  })

  it("is null once the window closed, or when nothing is to be sent", () => {
    expect(sendBy("approved", { deadline: "2026-10-01", open: false })).toBe(
      null
    )
    expect(
      sendBy("pending_review", { deadline: "2026-10-01", open: true })
    ).toBe(null)
    expect(sendBy("completed", { deadline: "2026-10-01", open: true })).toBe(
      null
    )
    expect(sendBy("approved", null)).toBe(null)
  })
})

describe("endOfUtcDay and predictedOutcome", () => {
  it("a deadline day lasts until its last millisecond (UTC)", () => {
    const end = new Date(endOfUtcDay("2026-02-28"))
    expect(end.getTime() + 1).toEqual(Date.UTC(2026, 2, 1))
  })

  it("names the engine's outcomes as a storefront shows them", () => {
    expect(predictedOutcome("auto_approve")).toEqual("auto_approve")
    expect(predictedOutcome("review")).toEqual("manual_review")
    expect(predictedOutcome("reject")).toEqual("not_eligible")
  })
})

describe("returnAddress", () => {
  it("is the location's address with blanks as null and the country upper case", () => {
    expect(
      returnAddress({
        name: "Main warehouse",
        address: {
          address_1: "Vesterbrogade 1",
          address_2: "",
          postal_code: "1620",
          city: "Copenhagen",
          country_code: "dk",
        },
      })
    ).toEqual({
      name: "Main warehouse",
      address_1: "Vesterbrogade 1",
      address_2: null,
      postal_code: "1620",
      city: "Copenhagen",
      province: null,
      country_code: "DK",
      phone: null,
    })
  })

  it("is null without a street or a city", () => {
    expect(returnAddress({ name: "X", address: { address_1: "" } })).toBe(null)
    expect(returnAddress(undefined)).toBe(null)
  })
})

describe("matchReturnRefund", () => {
  const refunds = [
    { id: "ref_before", amount: 207.6, note: null, created_at: at(5) },
    { id: "ref_dispute", amount: 207.6, note: null, created_at: at(15) },
    { id: "ref_other", amount: 50, note: null, created_at: at(16) },
    { id: "ref_late", amount: 207.6, note: null, created_at: at(30) },
    { id: "ref_this", amount: 207.6, note: null, created_at: at(20) },
  ]

  it("is the first refund of exactly the amount after the receipt that no dispute made", () => {
    expect(
      matchReturnRefund(refunds, {
        received_at: at(10),
        refund_total: 207.6,
        excluded: new Set(["ref_dispute"]),
      })?.id
    ).toEqual("ref_this")
  })

  it("claims nothing when no refund has the amount", () => {
    expect(
      matchReturnRefund(refunds, {
        received_at: at(10),
        refund_total: 24,
        excluded: new Set(),
      })
    ).toBe(null)
  })
})
