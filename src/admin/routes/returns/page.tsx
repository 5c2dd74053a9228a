import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { Tabs } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { PoliciesSection } from "./policies-section"
import { ReasonCodesSection } from "./reason-codes-section"
import { ReportsSection } from "./reports-section"
import { RequestsSection } from "./requests-section"

const tabs = ["requests", "policies", "reason-codes", "reports"] as const
type Tab = (typeof tabs)[number]

const isTab = (value: string | null): value is Tab =>
  tabs.includes(value as Tab)

const ReturnsPage = () => {
  // The tab (and an open request) live in the URL, so a reload or a shared
  // link keeps them.
  const [searchParams, setSearchParams] = useSearchParams()
  const param = searchParams.get("tab")
  const tab: Tab = isTab(param) ? param : "requests"

  return (
    <Tabs
      value={tab}
      onValueChange={(value) => setSearchParams({ tab: value })}
      className="flex flex-col gap-y-3"
    >
      <Tabs.List>
        <Tabs.Trigger value="requests">Requests</Tabs.Trigger>
        <Tabs.Trigger value="policies">Policies</Tabs.Trigger>
        <Tabs.Trigger value="reason-codes">Reason codes</Tabs.Trigger>
        <Tabs.Trigger value="reports">Reports</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="requests">
        <RequestsSection />
      </Tabs.Content>
      <Tabs.Content value="policies">
        <PoliciesSection />
      </Tabs.Content>
      <Tabs.Content value="reason-codes">
        <ReasonCodesSection />
      </Tabs.Content>
      <Tabs.Content value="reports">
        <ReportsSection />
      </Tabs.Content>
    </Tabs>
  )
}

export const config = defineRouteConfig({
  label: "Returns",
  icon: ArrowUturnLeft,
})

export default ReturnsPage
