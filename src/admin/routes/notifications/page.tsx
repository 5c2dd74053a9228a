import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid } from "@medusajs/icons"
import { PageTab, TabbedPage } from "../../components/common/tabbed-page"
import { LogSection } from "./log-section"
import { TemplatesSection } from "./templates-section"

const tabs: PageTab[] = [
  { value: "templates", label: "Templates", content: <TemplatesSection /> },
  { value: "log", label: "Log", content: <LogSection /> },
]

/** Customer emails: template previews with a test send, and the delivery log. */
const NotificationsPage = () => (
  <TabbedPage tabs={tabs} testIdPrefix="emails-tab" />
)

export const config = defineRouteConfig({
  label: "Emails",
  icon: EnvelopeSolid,
})

export default NotificationsPage
