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
import type {
  StoreEligibilityExchangeOption,
  StoreExchangeOption,
  StoreExchangePreview,
} from "./store-return-preview"

/**
 * A variant a line can be exchanged for: `unit_price` before tax,
 * `unit_total` with the returned line's tax rate (what the exchange
 * charges for one unit).
 */
export type ExchangeOption = StoreEligibilityExchangeOption

/**
 * What the customer's policy says about exchanges before anything is
 * chosen, with each order line's options (other variants of its product,
 * in stock and priced for the order's region).
 */
export type CsrExchangeEligibility = {
  allowed: boolean
  /** Why not, when not allowed. */
  reasons: string[]
  /** Approved at once when the return itself would be auto-approved. */
  auto_approve: boolean
  /** The new item ships before the old one arrives. */
  instant: boolean
  /** Days the old item has to be back after an instant exchange. */
  return_days: number | null
  /** Per order line id; empty when exchanges are not allowed. */
  options: Record<string, ExchangeOption[]>
}

/** `GET /admin/return-requests/eligibility?order_id=`. */
export type AdminCsrEligibilityResponse = ReturnEligibility & {
  can_override: boolean
  exchange: CsrExchangeEligibility
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
> & {
  errors: CsrPreviewError[]
  /** Lines sent with `exchange`: the plan (difference > 0 is paid, < 0 refunded), or why it is refused. */
  exchange?: StoreExchangePreview
  /** Lines sent with `exchange`: each line's options. */
  exchange_options?: Record<string, StoreExchangeOption[]>
}
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
