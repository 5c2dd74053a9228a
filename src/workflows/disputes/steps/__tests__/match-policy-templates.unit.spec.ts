import { matchPolicyTemplates } from "../match-policy-templates"

const templates = [
  { id: "a", reason_categories: ["damaged"], reason_codes: [] },
  { id: "b", reason_categories: [], reason_codes: ["wrong_size"] },
  { id: "c", reason_categories: ["late"], reason_codes: ["defective"] },
  { id: "d", reason_categories: null, reason_codes: null },
]

describe("matchPolicyTemplates", () => {
  it("keeps templates naming the dispute's reason category", () => {
    const ids = matchPolicyTemplates(templates, {
      reason_category: "damaged",
      reason_codes: [],
    }).map((t) => t.id)
    expect(ids).toEqual(["a"])
  })

  it("keeps templates naming a reason code of the request's lines", () => {
    const ids = matchPolicyTemplates(templates, {
      reason_category: "other",
      reason_codes: ["defective", "wrong_size"],
    }).map((t) => t.id)
    expect(ids).toEqual(["b", "c"])
  })

  it("keeps nothing when neither category nor codes match", () => {
    expect(
      matchPolicyTemplates(templates, {
        reason_category: "other",
        reason_codes: ["unknown"],
      })
    ).toEqual([])
  })
})
