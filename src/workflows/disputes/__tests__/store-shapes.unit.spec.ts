import {
  canRateDispute,
  canReplyToDispute,
  disputeTimeline,
  type DisputeForStore,
} from "../store-shapes"

const at = (minutes: number) =>
  new Date(Date.UTC(2026, 8, 1, 10, minutes)).toISOString()

const dispute = (extra: Partial<DisputeForStore> = {}): DisputeForStore => ({
  status: "open",
  opened_by_type: "customer",
  rating: null,
  created_at: at(0),
  resolved_at: null,
  resolution_note: null,
  resolution_amount: null,
  rating_comment: null,
  rated_at: null,
  ...extra,
})

const message = (
  body: string,
  minutes: number,
  extra: { author_type?: string; internal?: boolean } = {}
) => ({
  author_type: "system",
  internal: false,
  channel: "system",
  body,
  created_at: at(minutes),
  ...extra,
})

describe("disputeTimeline", () => {
  it("opened, status changes, the refund and the rating, in order; notes and chat stay out", () => {
    const timeline = disputeTimeline(
      dispute({
        status: "resolved",
        resolved_at: at(30),
        resolution_note: "Refunded the difference",
        resolution_amount: "12.5",
        rating: 4,
        rated_at: at(40),
        rating_comment: "Quick",
      }),
      [
        message("Status changed from in review to awaiting customer", 20),
        message("Status changed from open to in review", 10),
        message("Staff only: check the photos", 11, {
          author_type: "staff",
          internal: true,
        }),
        message("Where is my refund?", 12, { author_type: "customer" }),
        message("Dear Ann, we refunded …", 29),
      ]
    )
    expect(timeline.map((e) => [e.type, e.by, e.note, e.amount])).toEqual([
      ["opened", "customer", null, null],
      [
        "status_changed",
        "staff",
        "Status changed from open to in review",
        null,
      ],
      [
        "status_changed",
        "staff",
        "Status changed from in review to awaiting customer",
        null,
      ],
      ["resolved", "staff", "Refunded the difference", 12.5],
      ["rated", "customer", "Quick", null],
    ])
  })

  it("a rejection is 'rejected', without an amount", () => {
    const timeline = disputeTimeline(
      dispute({
        status: "rejected",
        opened_by_type: "staff",
        resolved_at: at(5),
        resolution_note: "Outside the policy",
        resolution_amount: null,
      }),
      []
    )
    expect(timeline).toEqual([
      { type: "opened", at: at(0), by: "staff", note: null, amount: null },
      {
        type: "rejected",
        at: at(5),
        by: "staff",
        note: "Outside the policy",
        amount: null,
      },
    ])
  })
})

describe("what the customer may still do", () => {
  it.each([
    ["open", null, true, false],
    ["awaiting_customer", null, true, false],
    ["resolved", null, false, true],
    ["rejected", null, false, true],
    ["resolved", 5, false, false],
  ] as const)(
    "%s, rating %s: reply %s, rate %s",
    (status, rating, reply, rate) => {
      expect(canReplyToDispute(status)).toBe(reply)
      expect(canRateDispute({ status, rating })).toBe(rate)
    }
  )
})
