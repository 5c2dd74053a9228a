import {
  fillPolicyTemplate,
  findPlaceholders,
  renderPolicyTemplate,
} from "../render-template"

const body =
  "Dear {{customer_name}}, we refund {{ amount }} for {{rma_number}} ({{dispute_number}})."

describe("policy template placeholders", () => {
  it("fills what the case knows and keeps, and lists, what it does not", () => {
    expect(
      fillPolicyTemplate(body, {
        customer_name: "Dana Diaz",
        rma_number: "RMA-2026-000001",
        dispute_number: "DSP-000001",
        amount: null,
      })
    ).toEqual({
      body: "Dear Dana Diaz, we refund {{ amount }} for RMA-2026-000001 (DSP-000001).",
      missing: ["amount"],
    })
    expect(
      fillPolicyTemplate(body, {
        customer_name: "Dana Diaz",
        rma_number: "RMA-2026-000001",
        dispute_number: "DSP-000001",
        amount: "€12.50",
      })
    ).toEqual({
      body: "Dear Dana Diaz, we refund €12.50 for RMA-2026-000001 (DSP-000001).",
      missing: [],
    })
  })

  it("renders a resolution message without any braces", () => {
    expect(renderPolicyTemplate(body, { customer_name: "Dana" })).toBe(
      "Dear Dana, we refund  for  ()."
    )
  })

  it("finds any placeholder left, known variable or not", () => {
    expect(findPlaceholders("We refunded {{amount}} and {{ Foo }}.")).toEqual([
      "{{amount}}",
      "{{ Foo }}",
    ])
    expect(findPlaceholders("A {single} brace is fine.")).toEqual([])
  })
})
