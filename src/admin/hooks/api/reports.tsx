import { FetchError } from "@medusajs/js-sdk"
import { useMutation, UseMutationOptions } from "@tanstack/react-query"
import { QueryKeys, useAdminQuery } from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"

/** A report query: the period, plus the report's own filters. */
export type ReportQuery = {
  from?: string
  to?: string
  [filter: string]: string | undefined
}

/**
 * One report from `path`, e.g. `/admin/loyalty/reports`, cached under the
 * report's query keys (so mutations can invalidate every period of it).
 * `TResponse` is the route's contract: `{ report: { from, to, ...figures } }`.
 */
export const useReport = <TResponse extends { report: unknown }>(
  path: string,
  keys: QueryKeys,
  query?: ReportQuery
) => useAdminQuery<TResponse>(keys.detail("summary", query), path, query)

/**
 * One report route's hooks, as `crudHooks` gives a resource's: its `path`
 * (which the CSV download takes too), its query `keys` (named `name`, for
 * mutations to invalidate) and `useReport`, its report of a period.
 */
export const reportHooks = <
  TResponse extends { report: unknown },
  TQuery extends ReportQuery,
>(
  path: string,
  name: string
) => {
  const keys = queryKeysFactory(name)
  return {
    path,
    keys,
    useReport: (query: TQuery) => useReport<TResponse>(path, keys, query),
  }
}

const fileNameFrom = (response: Response, fallback: string) => {
  const disposition = response.headers.get("content-disposition") ?? ""
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)
  return match ? decodeURIComponent(match[1]) : fallback
}

/**
 * Fetches a CSV from `path` with `query` through the SDK, so the admin
 * session travels with it, and hands it to the browser as a download.
 * Resolves to the file name the server gave (else `fallbackName`).
 */
export const downloadCsv = async (
  path: string,
  query: Record<string, string | undefined>,
  fallbackName: string
) => {
  // A non-JSON accept header makes the SDK return the raw Response.
  const response = await sdk.client.fetch<Response>(path, {
    query,
    headers: { accept: "text/csv" },
  })
  const fileName = fileNameFrom(response, fallbackName)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoking in the same tick can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0)
  return fileName
}

/**
 * Downloads the `format=csv` version of the report at `path` (see
 * {@link downloadCsv}). Resolves to the file name the server gave.
 */
export const useDownloadReportCsv = (
  path: string,
  options?: UseMutationOptions<string, FetchError, ReportQuery>
) =>
  useMutation({
    mutationFn: async (query) => {
      const name = path.split("/").filter(Boolean).slice(-2, -1)[0]
      return await downloadCsv(
        path,
        { ...query, format: "csv" },
        `${name}-report-${(query.from ?? "").slice(0, 10)}-${(query.to ?? "").slice(0, 10)}.csv`
      )
    },
    ...options,
  })
