import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { getDisputeCaseFileStep } from "./steps/get-dispute-case-file"
import { matchPolicyTemplatesStep } from "./steps/match-policy-templates"

export type GetDisputeCaseFileWorkflowInput = {
  dispute: {
    order_id: string
    return_request_id?: string | null
    customer_id: string
    reason_category: string
  }
}

export const getDisputeCaseFileWorkflowId = "get-dispute-case-file"

/**
 * Everything the dispute workspace shows around one dispute, in one answer:
 * order, return request with decisions, native return, customer with tier
 * and history, and the active policy templates that fit the dispute.
 * Read-only.
 *
 * @example
 * const { result } = await getDisputeCaseFileWorkflow(container).run({ input: { dispute } })
 */
export const getDisputeCaseFileWorkflow = createWorkflow(
  getDisputeCaseFileWorkflowId,
  (input: GetDisputeCaseFileWorkflowInput) => {
    const caseFile = getDisputeCaseFileStep(
      transform({ input }, ({ input }) => ({
        order_id: input.dispute.order_id,
        return_request_id: input.dispute.return_request_id ?? null,
        customer_id: input.dispute.customer_id,
      }))
    )
    const templates = matchPolicyTemplatesStep(
      transform({ input, caseFile }, ({ input, caseFile }) => ({
        reason_category: input.dispute.reason_category,
        reason_codes: (caseFile.return_request?.items ?? []).map(
          (item: { reason_code: string }) => item.reason_code
        ),
      }))
    )
    return new WorkflowResponse(
      transform({ caseFile, templates }, ({ caseFile, templates }) => ({
        ...caseFile,
        templates,
      }))
    )
  }
)
