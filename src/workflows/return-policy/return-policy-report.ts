import { buildReturnPolicyReportStep } from "./steps/return-policy-report"
import { singleStepWorkflow } from "../utils/single-step-workflow"

// The step and the report's types travel with the workflow in the barrel.
export * from "./steps/return-policy-report"

export const returnPolicyReportWorkflowId = "return-policy-report"

/**
 * The returns report for operations: the share of requests the policy
 * auto-approved, overall and per tier; median and p90 time to decision per
 * tier; volume per day, week or month; items per reason code; requests per
 * channel; and, once the dispute module is installed, the dispute rate per
 * tier. Read-only.
 *
 * @example
 * const { result } = await returnPolicyReportWorkflow(container).run({
 *   input: { from: new Date("2026-01-01"), to: new Date(), group_by: "week" },
 * })
 */
export const returnPolicyReportWorkflow = singleStepWorkflow(
  returnPolicyReportWorkflowId,
  buildReturnPolicyReportStep
)
