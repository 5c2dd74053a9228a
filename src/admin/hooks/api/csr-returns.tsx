import { keepPreviousData, useQuery } from "@tanstack/react-query"
import {
  invalidateAll,
  MutationOptions,
  useAdminMutation,
  useAdminQuery,
} from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"
import type {
  AdminCreateCsrReturnBody,
  AdminCsrEligibilityResponse,
  AdminCsrReturnPreviewResponse,
  AdminExchangeVariantsResponse,
  AdminPreviewCsrReturnBody,
  AdminReturnRequestResponse,
  CsrReturnPreview,
  ReturnEligibilityLine,
  StoreExchangePreview,
} from "../../../types/http"
import {
  returnEligibilityQueryKeys,
  returnRequestQueryKeys,
} from "./return-requests"

export type CreateCsrReturnInput = AdminCreateCsrReturnBody
export type CsrPreviewInput = AdminPreviewCsrReturnBody
export type CsrReturnItemInput = CreateCsrReturnInput["items"][number]
export type CsrChannel = CreateCsrReturnInput["channel"]
export type ItemCondition = CsrReturnItemInput["condition"]
/** `GET /admin/return-requests/eligibility?order_id=`. */
export type CsrEligibility = AdminCsrEligibilityResponse
export type CsrEligibilityLine = ReturnEligibilityLine
export type CsrPreview = CsrReturnPreview
export type {
  AnyExchangeOption,
  CsrPreviewError,
  ExchangeOption,
  ReturnRequestExchange,
} from "../../../types/http"
/** What an exchange preview and a created exchange both show. */
export type ExchangePlanFigures = Pick<
  StoreExchangePreview,
  "currency_code" | "lines" | "credit_total" | "new_total" | "difference"
>

/** The channels a CSR takes a return through, in the form's order. */
export const CSR_CHANNELS = [
  "phone",
  "email",
  "chat",
  "in_store",
] as const satisfies readonly CsrChannel[]

export const ITEM_CONDITIONS = [
  "new",
  "opened",
  "damaged",
  "defective",
] as const satisfies readonly ItemCondition[]

export const csrEligibilityQueryKeys = queryKeysFactory(
  "csr_return_eligibility"
)
export const csrPreviewQueryKeys = queryKeysFactory("csr_return_preview")
export const csrExchangeVariantsQueryKeys = queryKeysFactory(
  "csr_exchange_variants"
)

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
        .fetch<AdminCsrReturnPreviewResponse>(
          "/admin/return-requests/preview",
          {
            method: "POST",
            body: input,
          }
        )
        .then((res) => res.preview),
    enabled: !!input?.items?.length,
    placeholderData: keepPreviousData,
  })

export const useCreateCsrReturn = (
  orderId: string,
  options?: MutationOptions<AdminReturnRequestResponse, CreateCsrReturnInput>
) =>
  useAdminMutation<AdminReturnRequestResponse, CreateCsrReturnInput>(
    (body) => ({ path: "/admin/return-requests", method: "POST", body }),
    (queryClient) =>
      invalidateAll(queryClient, [
        returnRequestQueryKeys.lists(),
        returnEligibilityQueryKeys.all,
        csrEligibilityQueryKeys.detail(orderId),
      ]),
    options
  )

/** `GET /admin/return-requests/exchange-variants`: what a line can be exchanged for. */
export type ExchangeVariantsQuery = {
  order_id: string
  line_item_id: string
  /** Part of a product title. */
  q?: string
  limit?: number
}

/**
 * "Exchange for something else": the variants of any product a line can be
 * exchanged for (in stock, within the line's credit), searched by product
 * title. The caller debounces `q`; the last answer stays while the next
 * one loads.
 */
export const useExchangeVariants = (
  query: ExchangeVariantsQuery,
  options?: { enabled?: boolean }
) =>
  useQuery({
    queryKey: csrExchangeVariantsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminExchangeVariantsResponse>(
        "/admin/return-requests/exchange-variants",
        { query }
      ),
    placeholderData: keepPreviousData,
    ...options,
  })
