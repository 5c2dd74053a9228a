import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid } from "@medusajs/icons"
import { Tabs } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { LogSection } from "./log-section"
import { TemplatesSection } from "./templates-section"

const tabs = ["templates", "log"] as const
type Tab = (typeof tabs)[number]

const isTab = (value: string | null): value is Tab =>
  tabs.includes(value as Tab)

/** Customer emails: template previews with a test send, and the delivery log. */
const NotificationsPage = () => {
  // The tab lives in the URL so a reload or a shared link keeps it.
  const [searchParams, setSearchParams] = useSearchParams()
  const param = searchParams.get("tab")
  const tab: Tab = isTab(param) ? param : "templates"

  return (
    <Tabs
      value={tab}
      onValueChange={(value) => setSearchParams({ tab: value })}
      className="flex flex-col gap-y-3"
    >
      <Tabs.List>
        <Tabs.Trigger value="templates" data-testid="emails-tab-templates">
          Templates
        </Tabs.Trigger>
        <Tabs.Trigger value="log" data-testid="emails-tab-log">
          Log
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="templates">
        <TemplatesSection />
      </Tabs.Content>
      <Tabs.Content value="log">
        <LogSection />
      </Tabs.Content>
    </Tabs>
  )
}

export const config = defineRouteConfig({
  label: "Emails",
  icon: EnvelopeSolid,
})

export default NotificationsPage
