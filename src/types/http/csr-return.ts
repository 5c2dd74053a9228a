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
import type { CsrReturnReport } from "../../modules/return-policy/queries/reports"
import type { ReportResponse } from "./common"
import type { ReturnEligibility } from "./return-request"

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
  CsrReturnReport & {
    /** null: the period is open on that side. */
    from: string | null
    to: string | null
  }
>
