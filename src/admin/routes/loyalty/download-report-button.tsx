import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import {
  LoyaltyReportQuery,
  useDownloadLoyaltyReportCsv,
} from "../../hooks/api/loyalty-reports"

export const DownloadReportButton = ({
  query,
}: {
  query: LoyaltyReportQuery
}) => {
  const { mutate, isPending } = useDownloadLoyaltyReportCsv({
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
