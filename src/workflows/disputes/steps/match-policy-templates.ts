import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnDisputeStep } from "../../utils/module-step"

export type PolicyTemplateForMatch = {
  reason_categories?: string[] | null
  reason_codes?: string[] | null
}

/**
 * The rule for which policy templates fit a dispute: a template fits when
 * it names the dispute's reason category, or one of the reason codes of
 * the return request's lines. Order is kept.
 *
 * @example
 * matchPolicyTemplates(active, { reason_category: "damaged", reason_codes: ["wrong_size"] })
 */
export const matchPolicyTemplates = <T extends PolicyTemplateForMatch>(
  templates: T[],
  {
    reason_category,
    reason_codes,
  }: { reason_category: string; reason_codes: string[] }
): T[] => {
  const codes = new Set(reason_codes)
  return templates.filter(
    (t) =>
      (t.reason_categories ?? []).includes(reason_category) ||
      (t.reason_codes ?? []).some((code) => codes.has(code))
  )
}

export type MatchPolicyTemplatesStepInput = {
  reason_category: string
  /** The reason codes of the return request's lines, if there is one. */
  reason_codes: string[]
}

export const matchPolicyTemplatesStepId = "match-policy-templates"

/**
 * The active policy templates (by title) that fit a dispute, for the
 * workspace's reply box. Read-only.
 *
 * @example
 * const templates = matchPolicyTemplatesStep({ reason_category: "damaged", reason_codes: [] })
 */
export const matchPolicyTemplatesStep = returnDisputeStep(
  matchPolicyTemplatesStepId,
  async (input: MatchPolicyTemplatesStepInput, service) => {
    const active = await service.listPolicyTemplates(
      { active: true },
      { order: { title: "ASC" } }
    )
    return new StepResponse(matchPolicyTemplates(active, input))
  }
)
