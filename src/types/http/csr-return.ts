import type { z } from "@medusajs/framework/zod"
import type {
  AdminCreateCsrReturn,
  AdminGetCsrReportParams,
  AdminPreviewCsrReturn,
} from "../../api/admin/return-requests/validators"
import type {
  ReturnEvaluation,
  RuleEffect,
  RuleName,
} from "../../modules/return-policy/engine/types"
import type {
  csrReturnsReportWorkflow,
  ReturnEligibility as WorkflowReturnEligibility,
} from "../../workflows/return-policy"
import type { ReportResponse, WorkflowResultOf } from "./common"

export type { ReturnEligibilityLine } from "../../workflows/return-policy"

/**
 * An order's lines as the return policy sees them (`GET
 * /store/orders/:id/return-eligibility`, `GET
 * /admin/return-requests/eligibility`): returnable quantity, deadline, fee
 * and refund, with the tier and policy that apply.
 */
export type ReturnEligibility = WorkflowReturnEligibility & {
  /** Admin only: whether the signed-in admin may override the policy's outcome. */
  can_override?: boolean
}
export type StoreReturnEligibilityResponse = { eligibility: ReturnEligibility }
/** `GET /admin/return-requests/eligibility?order_id=`. */
export type AdminCsrEligibilityResponse = ReturnEligibility & {
  can_override: boolean
}

/** A failing rule of the preview, with the form field it is about. */
export type CsrPreviewError = {
  rule: RuleName
  effect: RuleEffect
  line_item_id: string | null
  /** `items`, `line_item_id`, `quantity`, `reason_code`, … ; null: the whole request. */
  field: string | null
  message: string
}

/** The live evaluation behind the CSR form; nothing is written. */
export type CsrReturnPreview = Pick<
  ReturnEvaluation,
  | "outcome"
  | "reasons"
  | "items"
  | "refund"
  | "free_return_shipping"
  | "policy"
  | "tier"
> & { errors: CsrPreviewError[] }
export type AdminCsrReturnPreviewResponse = { preview: CsrReturnPreview }

export type AdminCreateCsrReturnBody = z.input<typeof AdminCreateCsrReturn>
export type AdminPreviewCsrReturnBody = z.input<typeof AdminPreviewCsrReturn>
export type AdminCsrReportParams = z.input<typeof AdminGetCsrReportParams>

/** `GET /admin/return-requests/reports`: customer service figures. */
export type AdminCsrReturnsReportResponse = ReportResponse<
  WorkflowResultOf<typeof csrReturnsReportWorkflow>
>
