import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Tabs } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { QueueSection } from "../../components/disputes/queue-section"
import { DisputeReportsSection } from "../../components/disputes/reports-section"

const tabs = ["queue", "reports"] as const
type Tab = (typeof tabs)[number]

const isTab = (value: string | null): value is Tab =>
  tabs.includes(value as Tab)

const DisputesPage = () => {
  // The tab lives in the URL (beside the queue's filters) so a reload keeps it.
  const [searchParams, setSearchParams] = useSearchParams()
  const param = searchParams.get("tab")
  const tab: Tab = isTab(param) ? param : "queue"

  return (
    <Tabs
      value={tab}
      onValueChange={(value) => setSearchParams({ tab: value })}
      className="flex flex-col gap-y-3"
    >
      <Tabs.List>
        <Tabs.Trigger value="queue" data-testid="disputes-tab-queue">
          Queue
        </Tabs.Trigger>
        <Tabs.Trigger value="reports" data-testid="disputes-tab-reports">
          Reports
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="queue">
        <QueueSection />
      </Tabs.Content>
      <Tabs.Content value="reports">
        <DisputeReportsSection />
      </Tabs.Content>
    </Tabs>
  )
}

export const config = defineRouteConfig({
  label: "Disputes",
  icon: ChatBubbleLeftRight,
})

export default DisputesPage
