import { FetchError } from "@medusajs/js-sdk"
import { useMutation, UseMutationOptions } from "@tanstack/react-query"
import {
  invalidateAll,
  MutationOptions,
  useAdminMutation,
  useAdminQuery,
} from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { loyaltyAccountQueryKeys } from "./loyalty-accounts"
import { loyaltyReportQueryKeys } from "./loyalty-reports"
import { downloadCsv } from "./reports"
import type {
  AdminCreateLoyaltyImport,
  AdminLoyaltyImport,
  AdminLoyaltyImportListResponse,
  AdminLoyaltyImportPreviewResponse,
  AdminLoyaltyImportResponse,
  LoyaltyCsvFormat,
} from "../../../types/http"

export type LoyaltyImport = AdminLoyaltyImport
export type LoyaltyImportPreview = AdminLoyaltyImportPreviewResponse["preview"]
export type LoyaltyImportFile = Omit<AdminCreateLoyaltyImport, "dry_run">

export const loyaltyImportQueryKeys = queryKeysFactory("loyalty_import")

export const useLoyaltyImports = (query: { limit?: number; offset?: number }) =>
  useAdminQuery<AdminLoyaltyImportListResponse>(
    loyaltyImportQueryKeys.list(query),
    "/admin/loyalty/imports",
    query
  )

/** One import; polls every second while it is queued or running. */
export const useLoyaltyImport = (id: string | undefined, running: boolean) =>
  useAdminQuery<AdminLoyaltyImportResponse>(
    loyaltyImportQueryKeys.detail(id ?? ""),
    `/admin/loyalty/imports/${id}`,
    undefined,
    { enabled: !!id, refetchInterval: running ? 1000 : false }
  )

/** The dry run of a file: nothing is written, nothing to refresh. */
export const usePreviewLoyaltyImport = (
  options?: MutationOptions<
    AdminLoyaltyImportPreviewResponse,
    LoyaltyImportFile
  >
) =>
  useAdminMutation<AdminLoyaltyImportPreviewResponse, LoyaltyImportFile>(
    (file) => ({
      path: "/admin/loyalty/imports",
      method: "POST",
      body: { ...file, dry_run: true },
    }),
    () => undefined,
    options
  )

/** Starts the import of a file (202); balances and reports change with it. */
export const useStartLoyaltyImport = (
  options?: MutationOptions<AdminLoyaltyImportResponse, LoyaltyImportFile>
) =>
  useAdminMutation<AdminLoyaltyImportResponse, LoyaltyImportFile>(
    (file) => ({ path: "/admin/loyalty/imports", method: "POST", body: file }),
    (queryClient) =>
      invalidateAll(queryClient, [
        loyaltyImportQueryKeys.all,
        loyaltyAccountQueryKeys.all,
        loyaltyReportQueryKeys.all,
      ]),
    options
  )

export type LoyaltyExportQuery = {
  kind: "members" | "ledger"
  format: LoyaltyCsvFormat
}

/** Downloads members or the ledger as CSV in one system's columns. */
export const useDownloadLoyaltyExport = (
  options?: UseMutationOptions<string, FetchError, LoyaltyExportQuery>
) =>
  useMutation({
    mutationFn: (query: LoyaltyExportQuery) =>
      downloadCsv(
        "/admin/loyalty/export",
        query,
        `loyalty-${query.kind}-${query.format}.csv`
      ),
    ...options,
  })
