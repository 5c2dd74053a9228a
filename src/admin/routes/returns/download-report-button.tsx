import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import {
  ReturnReportQuery,
  useDownloadReturnReportCsv,
} from "../../hooks/api/return-reports"

export const DownloadReturnReportButton = ({
  query,
}: {
  query: ReturnReportQuery
}) => {
  const { mutate, isPending } = useDownloadReturnReportCsv({
    onSuccess: (fileName) => toast.success(`Downloaded ${fileName}`),
    onError: (e) => toast.error(e.message),
  })

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
