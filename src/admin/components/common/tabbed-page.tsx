import { Tabs } from "@medusajs/ui"
import { ReactNode } from "react"
import { useSearchParams } from "react-router-dom"

/** One tab of a {@link TabbedPage}. */
export type PageTab = {
  /** The tab's value in the URL (`?tab=`). */
  value: string
  label: string
  content: ReactNode
}

type TabbedPageProps = {
  tabs: PageTab[]
  /** Gives each tab the test id `<prefix>-<value>`. */
  testIdPrefix?: string
}

/**
 * A route page made of tabs, the first one open by default. The open tab
 * lives in the URL so a reload or a shared link keeps it.
 */
export const TabbedPage = ({ tabs, testIdPrefix }: TabbedPageProps) => {
  const [searchParams, setSearchParams] = useSearchParams()
  const param = searchParams.get("tab")
  const tab = tabs.find((t) => t.value === param)?.value ?? tabs[0].value

  return (
    <Tabs
      value={tab}
      onValueChange={(value) => setSearchParams({ tab: value })}
      className="flex flex-col gap-y-3"
    >
      <Tabs.List>
        {tabs.map(({ value, label }) => (
          <Tabs.Trigger
            key={value}
            value={value}
            data-testid={testIdPrefix && `${testIdPrefix}-${value}`}
          >
            {label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {tabs.map(({ value, content }) => (
        <Tabs.Content key={value} value={value}>
          {content}
        </Tabs.Content>
      ))}
    </Tabs>
  )
}
