import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { ReportQuery } from "../../hooks/api/reports"
import { formatDate } from "../../lib/format"
import { DownloadReportButton } from "./download-report-button"
import { ReportRangeSelector, useReportRange } from "./report-range"

type ReportsLayoutProps<T> = {
  /** The range and grouping, from {@link useReportRange}. */
  range: ReturnType<typeof useReportRange>
  /** Offer only the range, for reports without a time series. */
  rangeOnly?: boolean
  /** Filters of the report's own, before the range. */
  filters?: ReactNode
  /** With the report's route and query: a CSV download of the same data. */
  csv?: { path: string; query: ReportQuery }
  /** The report request. */
  result: { data?: { report: T }; isLoading: boolean; error: Error | null }
  /** The cards, once the report is there. */
  children: (report: T) => ReactNode
  testId?: string
}

/**
 * A Reports tab: the header with its range and controls, then the cards of
 * the loaded report, skeletons while it loads, or the request's error.
 */
export const ReportsLayout = <T,>({
  range,
  rangeOnly,
  filters,
  csv,
  result: { data, isLoading, error },
  children,
  testId,
}: ReportsLayoutProps<T>) => (
  <div className="flex flex-col gap-y-3" data-testid={testId}>
    <Container className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
      <div>
        <Heading>Reports</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {formatDate(range.dates.from)} – {formatDate(range.dates.to)}
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {filters}
        <ReportRangeSelector state={range} rangeOnly={rangeOnly} />
        {csv && <DownloadReportButton path={csv.path} query={csv.query} />}
      </div>
    </Container>
    {error ? (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      </Container>
    ) : isLoading || !data ? (
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-32 w-full rounded-lg" />
        ))}
      </div>
    ) : (
      children(data.report)
    )}
  </div>
)
