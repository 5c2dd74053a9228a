import { keepPreviousData, useQuery } from "@tanstack/react-query"
import {
  invalidateAll,
  MutationOptions,
  useAdminMutation,
  useAdminQuery,
} from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"
import {
  returnEligibilityQueryKeys,
  returnRequestQueryKeys,
  type ReturnRefundEstimate,
  type ReturnRequest,
} from "./return-requests"

export const CSR_CHANNELS = ["phone", "email", "chat", "in_store"] as const
export type CsrChannel = (typeof CSR_CHANNELS)[number]

export const ITEM_CONDITIONS = [
  "new",
  "opened",
  "damaged",
  "defective",
] as const
export type ItemCondition = (typeof ITEM_CONDITIONS)[number]

export type CsrEligibilityLine = {
  line_item_id: string
  title: string
  quantity: number
  returnable_quantity: number
  deadline: string
  days_left: number
  eligible: boolean
  reason: string | null
}

/** `GET /admin/return-requests/eligibility?order_id=`. */
export type CsrEligibility = {
  order_id: string
  currency_code: string
  tier: { id: string; name: string } | null
  policy: {
    id: string
    name: string
    version: number
    return_window_days: number
    free_return_shipping: boolean
    restocking_fee_percent: number
    store_credit_bonus_percent: number
  }
  lines: CsrEligibilityLine[]
  can_override: boolean
}

export type CsrReturnItemInput = {
  line_item_id: string
  quantity: number
  reason_code: string
  condition: ItemCondition
  /** The CSR saw photos or documents for a reason that requires evidence. */
  has_evidence?: boolean
  /** What the CSR saw; required with `has_evidence`. */
  note?: string
}

export type CsrPreviewInput = {
  order_id: string
  items: Omit<CsrReturnItemInput, "note">[]
  refund_method?: "original_payment" | "store_credit"
}

export type CsrPreviewError = {
  rule: string
  effect: "reject" | "review"
  line_item_id: string | null
  /** The form field the rule is about: quantity, reason_code, ... */
  field: string | null
  message: string
}

export type CsrPreview = {
  outcome: "auto_approve" | "review" | "reject"
  reasons: string[]
  items: {
    line_item_id: string
    title: string | null
    quantity: number
    eligible: boolean
    deadline: string
    days_left: number
    restocking_fee: number
    refund_estimate: number
    reasons: string[]
  }[]
  refund: ReturnRefundEstimate
  free_return_shipping: boolean
  errors: CsrPreviewError[]
}

export type CreateCsrReturnInput = {
  order_id: string
  channel: CsrChannel
  items: CsrReturnItemInput[]
  contact_confirmed: true
  refund_method: "original_payment" | "store_credit"
  note?: string
  override?: { outcome: "auto_approve" | "review"; justification: string }
  idempotency_key: string
  opened_at: string
}

export const csrEligibilityQueryKeys = queryKeysFactory(
  "csr_return_eligibility"
)
export const csrPreviewQueryKeys = queryKeysFactory("csr_return_preview")

export const useCsrEligibility = (
  orderId: string,
  options?: { enabled?: boolean }
) =>
  useAdminQuery<CsrEligibility>(
    csrEligibilityQueryKeys.detail(orderId),
    "/admin/return-requests/eligibility",
    { order_id: orderId },
    options
  )

/**
 * The server's evaluation of the form as it stands. The caller debounces
 * `input`; the previous answer stays on screen while the next one loads.
 */
export const useCsrPreview = (input: CsrPreviewInput | null) =>
  useQuery({
    queryKey: csrPreviewQueryKeys.detail(input?.order_id ?? "", input),
    queryFn: () =>
      sdk.client
        .fetch<{ preview: CsrPreview }>("/admin/return-requests/preview", {
          method: "POST",
          body: input,
        })
        .then((res) => res.preview),
    enabled: !!input && input.items.length > 0,
    placeholderData: keepPreviousData,
  })

export const useCreateCsrReturn = (
  orderId: string,
  options?: MutationOptions<
    { return_request: ReturnRequest },
    CreateCsrReturnInput
  >
) =>
  useAdminMutation<{ return_request: ReturnRequest }, CreateCsrReturnInput>(
    (body) => ({ path: "/admin/return-requests", method: "POST", body }),
    (queryClient) =>
      invalidateAll(queryClient, [
        returnRequestQueryKeys.lists(),
        returnEligibilityQueryKeys.all,
        csrEligibilityQueryKeys.detail(orderId),
      ]),
    options
  )
