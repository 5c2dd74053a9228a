import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { Tabs } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { MembersSection } from "./members-section"
import { ReportsSection } from "./reports-section"
import { RewardsSection } from "./rewards-section"
import { TiersSection } from "./tiers-section"

const tabs = ["tiers", "rewards", "members", "reports"] as const
type Tab = (typeof tabs)[number]

const isTab = (value: string | null): value is Tab =>
  tabs.includes(value as Tab)

const LoyaltyPage = () => {
  // The tab lives in the URL so a reload or a shared link keeps it.
  const [searchParams, setSearchParams] = useSearchParams()
  const param = searchParams.get("tab")
  const tab: Tab = isTab(param) ? param : "tiers"

  return (
    <Tabs
      value={tab}
      onValueChange={(value) => setSearchParams({ tab: value })}
      className="flex flex-col gap-y-3"
    >
      <Tabs.List>
        <Tabs.Trigger value="tiers">Tiers</Tabs.Trigger>
        <Tabs.Trigger value="rewards">Rewards</Tabs.Trigger>
        <Tabs.Trigger value="members">Members</Tabs.Trigger>
        <Tabs.Trigger value="reports">Reports</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="tiers">
        <TiersSection />
      </Tabs.Content>
      <Tabs.Content value="rewards">
        <RewardsSection />
      </Tabs.Content>
      <Tabs.Content value="members">
        <MembersSection />
      </Tabs.Content>
      <Tabs.Content value="reports">
        <ReportsSection />
      </Tabs.Content>
    </Tabs>
  )
}

export const config = defineRouteConfig({
  label: "Loyalty",
  icon: Sparkles,
})

export default LoyaltyPage
