import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid } from "@medusajs/icons"
import { PageTab, TabbedPage } from "../../components/common/tabbed-page"
import { LogSection } from "./log-section"
import { TemplatesSection } from "./templates-section"

const tabs: PageTab[] = [
  {
    value: "templates",
    label: "Templates",
    content: <TemplatesSection />,
    testId: "emails-tab-templates",
  },
  {
    value: "log",
    label: "Log",
    content: <LogSection />,
    testId: "emails-tab-log",
  },
]

/** Customer emails: template previews with a test send, and the delivery log. */
const NotificationsPage = () => <TabbedPage tabs={tabs} />

export const config = defineRouteConfig({
  label: "Emails",
  icon: EnvelopeSolid,
})

export default NotificationsPage
