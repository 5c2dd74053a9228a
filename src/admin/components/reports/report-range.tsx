import { useMemo, useState } from "react"
import { FilterSelect, optionsOf } from "../common/list-section"

/** The ranges every report offers, counted in whole days back from today. */
export type ReportRange = "7d" | "30d" | "90d" | "365d" | "ytd"

/** How a report groups its time series. */
export type ReportPeriod = "day" | "week" | "month"

const rangeLabels: Record<ReportRange, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "365d": "Last 12 months",
  ytd: "Year to date",
}

const periodLabels: Record<ReportPeriod, string> = {
  day: "By day",
  week: "By week",
  month: "By month",
}

/** The grouping that keeps a range readable: about 7 to 30 bars. */
export const defaultPeriodFor = (range: ReportRange): ReportPeriod =>
  range === "7d" || range === "30d" ? "day" : range === "90d" ? "week" : "month"

/**
 * Whole local days, so the query (and its cache key) stays the same for the
 * rest of the day instead of changing on every render.
 */
export const rangeToDates = (range: ReportRange) => {
  const to = new Date()
  to.setHours(23, 59, 59, 999)
  const from = new Date(to)
  from.setHours(0, 0, 0, 0)
  if (range === "ytd") {
    from.setMonth(0, 1)
  } else {
    from.setDate(from.getDate() - (parseInt(range, 10) - 1))
  }
  return { from: from.toISOString(), to: to.toISOString() }
}

/**
 * The range a report shows (last 30 days at first) and how it groups it;
 * choosing a range resets the grouping to the one that reads best.
 */
export const useReportRange = () => {
  const [range, setRange] = useState<ReportRange>("30d")
  const [period, setPeriod] = useState<ReportPeriod>(defaultPeriodFor("30d"))
  const dates = useMemo(() => rangeToDates(range), [range])
  return {
    range,
    period,
    dates,
    setPeriod,
    setRange: (next: ReportRange) => {
      setRange(next)
      setPeriod(defaultPeriodFor(next))
    },
  }
}

type ReportRangeSelectorProps = {
  state: ReturnType<typeof useReportRange>
  /** Hide the grouping, for reports without a time series. */
  rangeOnly?: boolean
}

/** The range select and, unless `rangeOnly`, the grouping select. */
export const ReportRangeSelector = ({
  state,
  rangeOnly,
}: ReportRangeSelectorProps) => (
  <div className="flex shrink-0 items-center gap-x-2">
    <FilterSelect
      label="Report range"
      width={160}
      value={state.range}
      onChange={state.setRange}
      options={optionsOf(rangeLabels)}
    />
    {!rangeOnly && (
      <FilterSelect
        label="Group by"
        width={128}
        value={state.period}
        onChange={state.setPeriod}
        options={optionsOf(periodLabels)}
      />
    )}
  </div>
)
