import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { PageTab, TabbedPage } from "../../components/common/tabbed-page"
import { MembersSection } from "./members-section"
import { ReportsSection } from "./reports-section"
import { RewardsSection } from "./rewards-section"
import { TiersSection } from "./tiers-section"
import { ImportExportSection } from "./import-export-section"

const tabs: PageTab[] = [
  { value: "tiers", label: "Tiers", content: <TiersSection /> },
  { value: "rewards", label: "Rewards", content: <RewardsSection /> },
  { value: "members", label: "Members", content: <MembersSection /> },
  { value: "reports", label: "Reports", content: <ReportsSection /> },
  {
    value: "import-export",
    label: "Import / export",
    content: <ImportExportSection />,
  },
]

/** The loyalty program: tiers, rewards, members, reports, import and export. */
const LoyaltyPage = () => <TabbedPage tabs={tabs} />

export const config = defineRouteConfig({
  label: "Loyalty",
  icon: Sparkles,
})

export default LoyaltyPage
