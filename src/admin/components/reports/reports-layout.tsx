import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { formatDate } from "../../lib/format"

type ReportsLayoutProps<T> = {
  /** The range shown under the heading. */
  dates: { from: string; to: string }
  /** Range, filters and the CSV download. */
  controls: ReactNode
  report: T | undefined
  isLoading: boolean
  error: Error | null
  /** The cards, once the report is there. */
  children: (report: T) => ReactNode
  testId?: string
}

/**
 * A Reports tab: the header with its range and controls, then the cards of
 * the loaded report, skeletons while it loads, or the request's error.
 */
export const ReportsLayout = <T,>({
  dates,
  controls,
  report,
  isLoading,
  error,
  children,
  testId,
}: ReportsLayoutProps<T>) => (
  <div className="flex flex-col gap-y-3" data-testid={testId}>
    <Container className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
      <div>
        <Heading>Reports</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {formatDate(dates.from)} – {formatDate(dates.to)}
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-2">{controls}</div>
    </Container>
    {error ? (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      </Container>
    ) : isLoading || !report ? (
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-32 w-full rounded-lg" />
        ))}
      </div>
    ) : (
      children(report)
    )}
  </div>
)
