import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { PageTab, TabbedPage } from "../../components/common/tabbed-page"
import { QueueSection } from "../../components/disputes/queue-section"
import { DisputeReportsSection } from "../../components/disputes/reports-section"

// The queue's filters live in the URL beside the tab, so a reload keeps them.
const tabs: PageTab[] = [
  { value: "queue", label: "Queue", content: <QueueSection /> },
  { value: "reports", label: "Reports", content: <DisputeReportsSection /> },
]

/** Disputes: the queue and the handling reports. */
const DisputesPage = () => (
  <TabbedPage tabs={tabs} testIdPrefix="disputes-tab" />
)

export const config = defineRouteConfig({
  label: "Disputes",
  icon: ChatBubbleLeftRight,
})

export default DisputesPage
