import { ArrowDownTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { ReportQuery, useDownloadReportCsv } from "../../hooks/api/reports"
import { toastResult } from "../common/toasts"

/**
 * Downloads the CSV of the report at `path` (e.g. `/admin/loyalty/reports`)
 * for `query`, the same period and filters the section shows.
 */
export const DownloadReportButton = ({
  path,
  query,
}: {
  path: string
  query: ReportQuery
}) => {
  const { mutate, isPending } = useDownloadReportCsv(
    path,
    toastResult((fileName) => `Downloaded ${fileName}`)
  )

  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={isPending}
      onClick={() => mutate(query)}
    >
      <ArrowDownTray />
      Download CSV
    </Button>
  )
}
